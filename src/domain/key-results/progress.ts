import type { CheckIn, KeyResult, KeyResultDirection } from '../types';

/** The last check-in (the current value), or undefined before the first one. */
export function currentCheckIn(keyResult: KeyResult): CheckIn | undefined {
  const checkIns = keyResult.checkIns;
  return checkIns && checkIns.length > 0 ? checkIns[checkIns.length - 1] : undefined;
}

/**
 * Which way the key result must move. When baseline and target differ, the numbers decide
 * ("from 12 minutes to 8" is a decrease whatever the field says); otherwise the `direction`
 * field, default 'increase'.
 */
export function effectiveDirection(keyResult: KeyResult): KeyResultDirection {
  const { baseline, target } = keyResult;
  if (isFiniteNumber(baseline) && isFiniteNumber(target) && baseline !== target) return target > baseline ? 'increase' : 'decrease';
  return keyResult.direction ?? 'increase';
}

/**
 * Percent of the way from baseline to target that `value` has come: 0 at the baseline, 100 at the
 * target, above 100 past it, negative when it moved the wrong way. Works the same for increases
 * and decreases (12 → 8 minutes at 10 minutes is 50 %). When baseline equals target ("hold the
 * line"), 100 on the target or on its right side, else 0. Null without a finite baseline and target.
 */
export function progressOf(keyResult: KeyResult, value: number): number | null {
  const { baseline, target } = keyResult;
  if (!isFiniteNumber(baseline) || !isFiniteNumber(target) || !isFiniteNumber(value)) return null;
  if (baseline === target) {
    const met = effectiveDirection(keyResult) === 'increase' ? value >= target : value <= target;
    return met ? 100 : 0;
  }
  const progress = ((value - baseline) / (target - baseline)) * 100;
  // (12 - 12) / (8 - 12) is -0; progress at the baseline is plainly 0.
  return progress === 0 ? 0 : progress;
}

/**
 * Progress of the key result now: of its last check-in, or 0 before the first check-in (the
 * value is still the baseline). Null when baseline or target is missing: progress is undefined.
 */
export function keyResultProgress(keyResult: KeyResult): number | null {
  const current = currentCheckIn(keyResult);
  return progressOf(keyResult, current ? current.value : (keyResult.baseline ?? Number.NaN));
}

/** Progress as a whole percent for display and the `data-progress` attribute (0 when undefined). */
export function roundedProgress(progress: number | null): number {
  if (progress === null) return 0;
  const rounded = Math.round(progress);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** The width of a progress bar, 0–100: past the target the bar is full, behind the baseline empty. */
export function barFill(progress: number | null): number {
  if (progress === null) return 0;
  return Math.min(100, Math.max(0, progress));
}

function isFiniteNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
