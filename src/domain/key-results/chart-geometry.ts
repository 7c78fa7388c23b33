import { dayNumber } from './calendar-date';
import type { KeyResult } from '../types';

export interface ChartPoint {
  x: number;
  y: number;
}

/** A key result's chart laid out in a box of `width` × `height` px (y grows downward, as in SVG). */
export interface KeyResultChart {
  width: number;
  height: number;
  /** The check-ins, oldest first, as a line. */
  checkIns: ChartPoint[];
  /** y of the baseline and the target, when set. */
  baselineY: number | null;
  targetY: number | null;
  /** x of the deadline and of today, when they fall in the chart's time span. */
  deadlineX: number | null;
  todayX: number | null;
  /** The expected pace: a straight line from the baseline at the start to the target at the deadline. */
  pace: [ChartPoint, ChartPoint] | null;
  /** The days and values at the chart's edges (values with a margin, so no point sits on an edge). */
  domain: { firstDay: number; lastDay: number; low: number; high: number };
  /**
   * Value labels for the axis: the highest and the lowest value drawn (check-ins, baseline,
   * target) at their own height, so the axis reads "30" and "20", never a padded edge like 30.64.
   */
  valueTicks: Array<{ value: number; y: number }>;
}

export interface ChartBox {
  width: number;
  height: number;
  /** Room left around the plot for labels, px. */
  padding?: { top: number; right: number; bottom: number; left: number };
}

/**
 * Lays out the chart of a key result: check-ins over time against its baseline, its target line up
 * to the deadline and the expected pace from baseline to target. The time span runs from the start
 * (the first check-in, else `startDay`) to the later of the deadline, the last check-in and today;
 * the value span covers baseline, target and every check-in, with a little room above and below.
 * Null when there is nothing to draw (no check-in, and no baseline or target).
 */
export function layoutKeyResultChart(keyResult: KeyResult, box: ChartBox, today: number, startDay: number | null): KeyResultChart | null {
  const checkIns = (keyResult.checkIns ?? []).flatMap((checkIn) => {
    const day = dayNumber(checkIn.date);
    return day === null ? [] : [{ day, value: checkIn.value }];
  });
  const values = [...checkIns.map((point) => point.value), keyResult.baseline, keyResult.target].filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  if (values.length === 0) return null;
  const deadline = keyResult.deadline ? dayNumber(keyResult.deadline) : null;
  const firstDay = Math.min(checkIns[0]?.day ?? startDay ?? today, startDay ?? Number.POSITIVE_INFINITY, today);
  const lastDay = Math.max(deadline ?? today, checkIns.at(-1)?.day ?? today, today, firstDay + 7);
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  let low = lowest;
  let high = highest;
  if (low === high) {
    low -= Math.abs(low) * 0.1 || 1;
    high += Math.abs(high) * 0.1 || 1;
  }
  const margin = (high - low) * 0.08;
  low -= margin;
  high += margin;

  const padding = box.padding ?? { top: 8, right: 8, bottom: 8, left: 8 };
  const plotWidth = Math.max(1, box.width - padding.left - padding.right);
  const plotHeight = Math.max(1, box.height - padding.top - padding.bottom);
  const x = (day: number) => round(padding.left + ((day - firstDay) / (lastDay - firstDay)) * plotWidth);
  const y = (value: number) => round(padding.top + (1 - (value - low) / (high - low)) * plotHeight);
  const inSpan = (day: number | null) => day !== null && day >= firstDay && day <= lastDay;

  const { baseline, target } = keyResult;
  const hasBaseline = typeof baseline === 'number' && Number.isFinite(baseline);
  const hasTarget = typeof target === 'number' && Number.isFinite(target);
  const paceStart = checkIns[0]?.day ?? startDay;
  const pace: [ChartPoint, ChartPoint] | null =
    hasBaseline && hasTarget && deadline !== null && paceStart !== null && deadline > paceStart
      ? [
          { x: x(Math.max(paceStart, firstDay)), y: y(baseline) },
          { x: x(deadline), y: y(target) },
        ]
      : null;

  return {
    width: box.width,
    height: box.height,
    checkIns: checkIns.map((point) => ({ x: x(point.day), y: y(point.value) })),
    baselineY: hasBaseline ? y(baseline) : null,
    targetY: hasTarget ? y(target) : null,
    deadlineX: inSpan(deadline) ? x(deadline as number) : null,
    todayX: inSpan(today) ? x(today) : null,
    pace,
    domain: { firstDay, lastDay, low, high },
    valueTicks: lowest === highest ? [{ value: highest, y: y(highest) }] : [{ value: highest, y: y(highest) }, { value: lowest, y: y(lowest) }],
  };
}

/** SVG path data of a polyline through `points` ("M1 2 L3 4 …"); empty for no points. */
export function polylinePath(points: readonly ChartPoint[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
