import { makeFix } from './fix';
import { capitalize, nodeName } from './node-name';
import type { Rule, RuleHit } from './rule';

export const experimentNeedsResult: Rule = {
  id: 'experiment-needs-result',
  severity: 'warning',
  title: 'Passed or failed needs a result',
  rationale: 'A verdict without the result behind it cannot be checked or learned from later.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const experiment of context.byKind.experiment) {
      if (experiment.status !== 'passed' && experiment.status !== 'failed') continue;
      if ((experiment.result ?? '').trim() !== '') continue;
      hits.push({
        nodeId: experiment.id,
        message: `${capitalize(nodeName(experiment))} is marked ${experiment.status} but has no result. Write what you saw, so the team can check the call.`,
        fix: makeFix('write-result', experiment.id),
      });
    }
    return hits;
  },
};
