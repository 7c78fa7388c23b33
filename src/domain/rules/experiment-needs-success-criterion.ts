import { makeFix } from './fix';
import { nodeName } from './node-name';
import type { Rule, RuleHit } from './rule';

export const experimentNeedsSuccessCriterion: Rule = {
  id: 'experiment-needs-success-criterion',
  severity: 'warning',
  title: 'Experiment has a success criterion',
  rationale: 'Deciding up front what result would count as success keeps the team from reading any result as a pass.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const experiment of context.byKind.experiment) {
      if ((experiment.successCriterion ?? '').trim() !== '') continue;
      hits.push({
        nodeId: experiment.id,
        message: `Write a success criterion for ${nodeName(experiment)}: the result that would show the assumption holds, decided before you run it.`,
        fix: makeFix('write-success-criterion', experiment.id),
      });
    }
    return hits;
  },
};
