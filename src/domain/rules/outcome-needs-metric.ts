import { makeFix, makeKeyResultFix } from './fix';
import { namedAs } from './node-name';
import type { Rule, RuleHit } from './rule';
import type { KeyResult } from '../types';

// Format version 2 moved the metric into key results: one complete key result (baseline, target
// and deadline) is enough; the others may still be drafts.
export const outcomeNeedsMetric: Rule = {
  id: 'outcome-needs-metric',
  severity: 'warning',
  title: 'Outcome has a key result',
  rationale:
    'Without a key result that goes from a baseline to a target by a deadline, the team cannot tell whether its work moves the outcome.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      const keyResults = outcome.keyResults ?? [];
      if (keyResults.some(isComplete)) continue;
      const first = keyResults[0];
      hits.push(
        first
          ? {
              nodeId: outcome.id,
              message: `Give a key result of the ${namedAs(outcome)} a baseline, a target and a deadline (${missingParts(first)} missing), so the team can tell whether it moves in time.`,
              fix: makeKeyResultFix('complete-key-result', outcome.id, first.id),
            }
          : {
              nodeId: outcome.id,
              message: `Add a key result to the ${namedAs(outcome)}: what behaviour changes, from a baseline to a target by a deadline, so the team can tell whether it moves.`,
              fix: makeFix('add-key-result', outcome.id),
            },
      );
    }
    return hits;
  },
};

/** True when the key result can be tracked: a finite baseline and target, and a deadline. */
export function isComplete(keyResult: KeyResult): boolean {
  return isNumber(keyResult.baseline) && isNumber(keyResult.target) && Boolean(keyResult.deadline?.trim());
}

function missingParts(keyResult: KeyResult): string {
  const missing: string[] = [];
  if (!isNumber(keyResult.baseline)) missing.push('baseline');
  if (!isNumber(keyResult.target)) missing.push('target');
  if (!keyResult.deadline?.trim()) missing.push('deadline');
  return missing.length === 1 ? `its ${missing[0]} is` : `its ${missing.slice(0, -1).join(', ')} and ${missing.at(-1)} are`;
}

function isNumber(value: number | undefined): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}
