import type { Metric } from '../../domain/types';

/** "22 % → 30 %" style summary of an outcome's metric, or null when it has no numbers. */
export function formatMetric(metric: Metric | undefined): string | null {
  if (!metric) return null;
  const unit = metric.unit ? (metric.unit === '%' ? '%' : ` ${metric.unit}`) : '';
  const format = (value: number | undefined) => (value === undefined ? '?' : `${value}${unit}`);
  if (metric.baseline === undefined && metric.target === undefined) return metric.name || null;
  return `${format(metric.baseline)} → ${format(metric.target)}`;
}

export function evidenceLabel(linked: number, firstHand: number): string | null {
  if (linked === 0) return null;
  return `${linked} evidence${firstHand < linked ? ` (${firstHand} first-hand)` : ''}`;
}
