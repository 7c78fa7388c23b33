import { makeFix } from './fix';
import { namedAs } from './node-name';
import type { Rule, RuleHit } from './rule';

export const outcomeNeedsMetric: Rule = {
  id: 'outcome-needs-metric',
  severity: 'warning',
  title: 'Outcome has a metric',
  rationale: 'Without a baseline and a target the team cannot tell whether its work moves the outcome.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      const metric = outcome.metric;
      if (metric && isNumber(metric.baseline) && isNumber(metric.target)) continue;
      hits.push({
        nodeId: outcome.id,
        message: `Set a metric with a baseline and a target for the ${namedAs(outcome)}, so the team can tell whether it moves.`,
        fix: makeFix('set-metric', outcome.id),
      });
    }
    return hits;
  },
};

function isNumber(value: number | undefined): boolean {
  return typeof value === 'number' && Number.isFinite(value);
}
