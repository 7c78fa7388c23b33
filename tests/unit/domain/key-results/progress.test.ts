import { describe, expect, it } from 'vitest';
import {
  barFill,
  currentCheckIn,
  effectiveDirection,
  keyResultProgress,
  progressOf,
  roundedProgress,
} from '../../../../src/domain/key-results/progress';
import type { KeyResult } from '../../../../src/domain/types';

const increase: KeyResult = { id: 'a', name: 'Streaks', baseline: 22, target: 30, unit: '%' };
const decrease: KeyResult = { id: 'b', name: 'Minutes to a first booking', baseline: 12, target: 8, unit: 'min', direction: 'decrease' };

describe('progress of a key result', () => {
  it('is 0 at the baseline, 100 at the target, 50 half way, for an increase', () => {
    expect(progressOf(increase, 22)).toBe(0);
    expect(progressOf(increase, 30)).toBe(100);
    expect(progressOf(increase, 26)).toBe(50);
  });

  it('reads a decrease the same way: 12 → 8 minutes at 10 minutes is half way', () => {
    expect(progressOf(decrease, 12)).toBe(0);
    expect(progressOf(decrease, 10)).toBe(50);
    expect(progressOf(decrease, 8)).toBe(100);
  });

  it('exceeds 100 past the target and goes negative when the value moves the wrong way', () => {
    expect(progressOf(increase, 34)).toBe(150);
    expect(progressOf(increase, 18)).toBe(-50);
    expect(progressOf(decrease, 6)).toBe(150);
    expect(progressOf(decrease, 14)).toBe(-50);
  });

  it('lets the numbers decide the direction when they disagree with the field', () => {
    const mislabelled: KeyResult = { ...increase, direction: 'decrease' };
    expect(effectiveDirection(mislabelled)).toBe('increase');
    expect(progressOf(mislabelled, 26)).toBe(50);
    expect(effectiveDirection(decrease)).toBe('decrease');
    expect(effectiveDirection({ id: 'c', name: '' })).toBe('increase');
  });

  it('holds the line when baseline equals target: 100 on the right side, else 0', () => {
    const hold: KeyResult = { id: 'h', name: 'Churn', baseline: 5, target: 5, direction: 'decrease' };
    expect(progressOf(hold, 4)).toBe(100);
    expect(progressOf(hold, 6)).toBe(0);
    expect(progressOf({ ...hold, direction: undefined }, 6)).toBe(100);
  });

  it('is undefined (null) without a baseline or a target, or for a value that is not finite', () => {
    expect(progressOf({ ...increase, baseline: undefined }, 26)).toBeNull();
    expect(progressOf({ ...increase, target: undefined }, 26)).toBeNull();
    expect(progressOf(increase, Number.NaN)).toBeNull();
  });

  it('uses the last check-in as the current value, and 0 before the first', () => {
    expect(keyResultProgress(increase)).toBe(0);
    const checked: KeyResult = { ...increase, checkIns: [{ date: '2026-01-01', value: 30 }, { date: '2026-01-08', value: 24 }] };
    expect(currentCheckIn(checked)?.value).toBe(24);
    expect(keyResultProgress(checked)).toBe(25);
    expect(keyResultProgress({ ...increase, baseline: undefined, checkIns: checked.checkIns })).toBeNull();
  });

  it('rounds to whole percent for display, without a negative zero, and 0 when undefined', () => {
    expect(roundedProgress(33.333)).toBe(33);
    expect(roundedProgress(-0.2)).toBe(0);
    expect(Object.is(roundedProgress(-0.2), -0)).toBe(false);
    expect(roundedProgress(null)).toBe(0);
    expect(roundedProgress(-49.6)).toBe(-50);
  });

  it('fills a bar between 0 and 100 whatever the progress', () => {
    expect(barFill(150)).toBe(100);
    expect(barFill(-20)).toBe(0);
    expect(barFill(42.5)).toBe(42.5);
    expect(barFill(null)).toBe(0);
  });
});

describe('the progress summary for lists', () => {
  it('names each key result with its percent, or says it has no target', async () => {
    const { progressSummary } = await import('../../../../src/domain/key-results/format');
    const rounded = (keyResult: KeyResult) => {
      const progress = keyResultProgress(keyResult);
      return progress === null ? null : roundedProgress(progress);
    };
    const checked: KeyResult = { ...increase, checkIns: [{ date: '2026-01-01', value: 26 }] };
    expect(progressSummary([checked, { id: 'x', name: '' }], rounded)).toBe('key results: Streaks 50 %, untitled key result no target');
    expect(progressSummary(undefined, rounded)).toBeNull();
  });
});
