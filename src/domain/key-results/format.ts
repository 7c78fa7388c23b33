import type { KeyResult } from '../types';

/** A value with its unit: "22%" for a percent, "12 min" for any other unit, "12" without one. */
export function formatMeasure(value: number, unit: string | undefined): string {
  const number = formatNumber(value);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** A number as people write it: at most two decimals, no trailing zeros, no exponent. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/**
 * "22% → 30%" from baseline to target; "target 30%" or "from 22%" when one end is missing; null
 * when the key result has neither number yet.
 */
export function formatRange(keyResult: KeyResult): string | null {
  const { baseline, target, unit } = keyResult;
  if (baseline === undefined && target === undefined) return null;
  if (baseline === undefined) return `target ${formatMeasure(target as number, unit)}`;
  if (target === undefined) return `from ${formatMeasure(baseline, unit)}`;
  return `${formatMeasure(baseline, unit)} → ${formatMeasure(target, unit)}`;
}

/** How a key result is named in messages and lists: its name, or "untitled key result". */
export function keyResultLabel(keyResult: KeyResult): string {
  return keyResult.name.trim() === '' ? 'untitled key result' : keyResult.name.trim();
}

/**
 * One line about an outcome's key results for places with room for one: "No key result yet", the
 * only key result's range (or name), or "3 key results".
 */
export function keyResultsSummary(keyResults: readonly KeyResult[] | undefined): string {
  if (!keyResults || keyResults.length === 0) return 'No key result yet';
  if (keyResults.length > 1) return `${keyResults.length} key results`;
  const [only] = keyResults as [KeyResult];
  return formatRange(only) ?? keyResultLabel(only);
}

/**
 * The progress of each key result in one short line for lists and screen readers:
 * "key results: Streaks 27 %, Minutes 45 %" ("no target" for one without baseline and target);
 * null without key results. `progressOf` gives a key result's rounded percent or null.
 */
export function progressSummary(keyResults: readonly KeyResult[] | undefined, progressOf: (keyResult: KeyResult) => number | null): string | null {
  if (!keyResults || keyResults.length === 0) return null;
  const parts = keyResults.map((keyResult) => {
    const progress = progressOf(keyResult);
    return `${keyResultLabel(keyResult)} ${progress === null ? 'no target' : `${progress} %`}`;
  });
  return `key results: ${parts.join(', ')}`;
}
