import { isCheckInDue, daysSinceCheckIn, isActiveOutcome } from '../rules/check-in-overdue';
import { dayNumber } from './calendar-date';
import { keyResultProgress } from './progress';
import type { CheckIn, KeyResult, OstNode, TreeDoc } from '../types';
import { orderedNodes } from '../tree-index';

/** One line of the outcome review: a key result with what the weekly review asks of it. */
export interface ReviewRow {
  outcome: OstNode;
  keyResult: KeyResult;
  /** Percent of the way from baseline to target, or null without both. */
  progress: number | null;
  lastCheckIn: CheckIn | undefined;
  /** Days since the last check-in (or since the tree was started, before the first). */
  daysSince: number | null;
  /** A check-in is due: more than 14 days since the last look, on an active outcome. */
  due: boolean;
}

/** Every key result of every outcome in tree order, with progress, last check-in and whether one is due. */
export function reviewRows(doc: TreeDoc, today: number): ReviewRow[] {
  const start = dayNumber(doc.meta.createdAt.slice(0, 10));
  return orderedNodes(doc)
    .filter((node) => node.kind === 'outcome')
    .flatMap((outcome) =>
      (outcome.keyResults ?? []).map((keyResult) => ({
        outcome,
        keyResult,
        progress: keyResultProgress(keyResult),
        lastCheckIn: keyResult.checkIns?.at(-1),
        daysSince: daysSinceCheckIn(keyResult, today, start),
        due: isActiveOutcome(outcome) && isCheckInDue(keyResult, today, start),
      })),
    );
}
