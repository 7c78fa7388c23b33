import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/domain/key-results/calendar-date';
import { layoutKeyResultChart, polylinePath } from '../../../../src/domain/key-results/chart-geometry';
import type { KeyResult } from '../../../../src/domain/types';

const box = { width: 220, height: 120, padding: { top: 10, right: 10, bottom: 10, left: 10 } };
const day = (text: string) => dayNumber(text)!;
const keyResult: KeyResult = {
  id: 'kr',
  name: 'Streaks',
  baseline: 20,
  target: 30,
  deadline: '2026-12-31',
  checkIns: [
    { date: '2026-10-01', value: 20 },
    { date: '2026-11-01', value: 25 },
  ],
};

describe('the key result chart layout', () => {
  it('spans from the first check-in to the deadline, and the values from baseline to target with a margin', () => {
    const chart = layoutKeyResultChart(keyResult, box, day('2026-11-15'), null)!;
    expect(chart.domain.firstDay).toBe(day('2026-10-01'));
    expect(chart.domain.lastDay).toBe(day('2026-12-31'));
    expect(chart.domain.low).toBeLessThan(20);
    expect(chart.domain.high).toBeGreaterThan(30);
  });

  it('labels the value axis with the highest and lowest values drawn, at their own height', () => {
    const chart = layoutKeyResultChart(keyResult, box, day('2026-11-15'), null)!;
    expect(chart.valueTicks).toEqual([
      { value: 30, y: chart.targetY },
      { value: 20, y: chart.baselineY },
    ]);
  });

  it('puts check-ins left to right in time, higher values higher up', () => {
    const chart = layoutKeyResultChart(keyResult, box, day('2026-11-15'), null)!;
    const [first, second] = chart.checkIns;
    expect(first!.x).toBe(10);
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(second!.y).toBeLessThan(first!.y);
    expect(chart.targetY).toBeLessThan(chart.baselineY!);
    expect(chart.deadlineX).toBe(210);
    expect(chart.todayX).toBeGreaterThan(second!.x);
  });

  it('draws the expected pace from the baseline at the start to the target at the deadline', () => {
    const chart = layoutKeyResultChart(keyResult, box, day('2026-11-15'), null)!;
    expect(chart.pace).toEqual([
      { x: 10, y: chart.baselineY },
      { x: 210, y: chart.targetY },
    ]);
  });

  it('starts at the tree’s start before the first check-in, and has no pace without a deadline', () => {
    const fresh = { ...keyResult, checkIns: undefined };
    const chart = layoutKeyResultChart(fresh, box, day('2026-11-15'), day('2026-11-01'))!;
    expect(chart.domain.firstDay).toBe(day('2026-11-01'));
    expect(chart.checkIns).toEqual([]);
    expect(layoutKeyResultChart({ ...keyResult, deadline: undefined }, box, day('2026-11-15'), null)?.pace).toBeNull();
  });

  it('draws a decrease with the target below the baseline', () => {
    const chart = layoutKeyResultChart({ ...keyResult, baseline: 12, target: 8, checkIns: [] }, box, day('2026-11-15'), day('2026-11-01'))!;
    expect(chart.targetY).toBeGreaterThan(chart.baselineY!);
  });

  it('has nothing to draw without numbers', () => {
    expect(layoutKeyResultChart({ id: 'k', name: 'x' }, box, 0, null)).toBeNull();
  });

  it('writes a polyline path', () => {
    expect(polylinePath([{ x: 1, y: 2 }, { x: 3, y: 4 }])).toBe('M1 2 L3 4');
    expect(polylinePath([])).toBe('');
  });
});
