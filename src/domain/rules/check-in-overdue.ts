import { dayNumber } from '../key-results/calendar-date';
import { keyResultLabel } from '../key-results/format';
import { currentCheckIn } from '../key-results/progress';
import type { KeyResult, OstNode } from '../types';
import { makeKeyResultFix } from './fix';
import { namedAs, quoteTitle } from './node-name';
import type { Rule, RuleHit } from './rule';

/** Outcome metrics are looked at weekly or fortnightly: a key result is due after this many days. */
export const CHECK_IN_INTERVAL_DAYS = 14;

/** Whether an outcome is being pursued (an outcome without a status counts as active, its default). */
export function isActiveOutcome(outcome: OstNode): boolean {
  return outcome.status === undefined || outcome.status === 'active';
}

/**
 * Days since the key result was last looked at: since its last check-in, or, before the first one,
 * since the tree was started. Null when neither date can be read.
 */
export function daysSinceCheckIn(keyResult: KeyResult, today: number, treeStartDay: number | null): number | null {
  const last = currentCheckIn(keyResult);
  const since = last ? dayNumber(last.date) : treeStartDay;
  return since === null ? null : today - since;
}

/** True when a check-in is due: more than CHECK_IN_INTERVAL_DAYS since the last look. */
export function isCheckInDue(keyResult: KeyResult, today: number, treeStartDay: number | null): boolean {
  const days = daysSinceCheckIn(keyResult, today, treeStartDay);
  return days !== null && days > CHECK_IN_INTERVAL_DAYS;
}

export const checkInOverdue: Rule = {
  id: 'check-in-overdue',
  severity: 'info',
  title: 'Key results are checked in',
  rationale: 'Outcome metrics are looked at weekly or fortnightly; a team that stops looking keeps building on data it no longer has.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      if (!isActiveOutcome(outcome)) continue;
      for (const keyResult of outcome.keyResults ?? []) {
        if (!isCheckInDue(keyResult, context.today, context.treeStartDay)) continue;
        const days = daysSinceCheckIn(keyResult, context.today, context.treeStartDay) as number;
        const last = currentCheckIn(keyResult);
        const when = last ? `had no check-in for ${days} days (last on ${last.date})` : `has had no check-in in the ${days} days since the tree was started`;
        hits.push({
          nodeId: outcome.id,
          message: `The key result ${quoteTitle(keyResultLabel(keyResult))} of the ${namedAs(outcome)} ${when}. Record its current value: outcomes are reviewed weekly or fortnightly.`,
          fix: makeKeyResultFix('record-check-in', outcome.id, keyResult.id),
        });
      }
    }
    return hits;
  },
};
