import { dayNumber } from '../key-results/calendar-date';
import { formatMeasure, keyResultLabel } from '../key-results/format';
import { currentCheckIn } from '../key-results/progress';
import type { KeyResult } from '../types';
import { makeKeyResultFix } from './fix';
import { namedAs, quoteTitle } from './node-name';
import type { Rule, RuleHit } from './rule';

/** Days in a quarter, on average. */
const QUARTER_DAYS = 91.3;

/**
 * How far a key result may move per quarter before the target reads as unrealistic: by a factor
 * of 1 + quarters left (double within a quarter, ×3 within two…). Stretch goals are fine; "+300 %
 * engagement in a quarter" invites corner-cutting. Less than a quarter left counts as a quarter,
 * so a target almost reached at the end is never flagged.
 */
export function allowedFactor(daysLeft: number): number {
  return 1 + Math.max(1, daysLeft / QUARTER_DAYS);
}

/**
 * The factor a key result still has to move by, from its current value (last check-in, else the
 * baseline) to its target, and the days left until its deadline — or null when that cannot be
 * judged: no target, a missing or passed deadline, or values of different signs or zero.
 */
export function remainingStretch(keyResult: KeyResult, today: number): { factor: number; daysLeft: number; from: number } | null {
  const from = currentCheckIn(keyResult)?.value ?? keyResult.baseline;
  const { target } = keyResult;
  if (from === undefined || target === undefined || !Number.isFinite(from) || !Number.isFinite(target)) return null;
  if (from === 0 || target === 0 || Math.sign(from) !== Math.sign(target)) return null;
  const deadline = keyResult.deadline ? dayNumber(keyResult.deadline) : null;
  if (deadline === null || deadline <= today) return null;
  const ratio = target / from;
  return { factor: ratio >= 1 ? ratio : 1 / ratio, daysLeft: deadline - today, from };
}

export const targetUnrealistic: Rule = {
  id: 'target-unrealistic',
  severity: 'info',
  title: 'Target is realistic',
  rationale: 'A target far beyond the baseline in a short time (“+300 % in a quarter”) invites corner-cutting instead of learning.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      for (const keyResult of outcome.keyResults ?? []) {
        const stretch = remainingStretch(keyResult, context.today);
        if (stretch === null || stretch.factor <= allowedFactor(stretch.daysLeft)) continue;
        const change = describeChange(stretch.from, keyResult.target as number, keyResult.unit);
        hits.push({
          nodeId: outcome.id,
          message: `The key result ${quoteTitle(keyResultLabel(keyResult))} of the ${namedAs(outcome)} asks for ${change} in ${describeDays(stretch.daysLeft)}. Set a target the team can reach by learning, or a later deadline.`,
          fix: makeKeyResultFix('revisit-target', outcome.id, keyResult.id),
        });
      }
    }
    return hits;
  },
};

function describeChange(from: number, target: number, unit: string | undefined): string {
  const percent = Math.round(((target - from) / Math.abs(from)) * 100);
  const sign = percent > 0 ? '+' : '';
  return `${formatMeasure(from, unit)} → ${formatMeasure(target, unit)} (${sign}${percent} %)`;
}

function describeDays(days: number): string {
  if (days < 14) return `${days} ${days === 1 ? 'day' : 'days'}`;
  if (days < 60) return `${Math.round(days / 7)} weeks`;
  return `${Math.round(days / 30.4)} months`;
}
