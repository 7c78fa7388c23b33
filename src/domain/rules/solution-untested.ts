import { childrenOf } from '../tree-index';
import type { NodeStatus } from '../types';
import { makeFix } from './fix';
import { capitalize, nodeName } from './node-name';
import type { Rule, RuleHit } from './rule';

/** Solution statuses that claim the solution is being, or has been, tested. */
const PAST_IDEA: Partial<Record<NodeStatus, string>> = {
  testing: 'in testing',
  validated: 'marked validated',
  building: 'being built',
  shipped: 'shipped',
};

export const solutionUntested: Rule = {
  id: 'solution-untested',
  severity: 'info',
  title: 'Solution has an experiment',
  rationale: 'A solution past the idea stage should show the assumption test that earned it that status.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const solution of context.byKind.solution) {
      const state = solution.status === undefined ? undefined : PAST_IDEA[solution.status];
      if (state === undefined) continue;
      if (childrenOf(context.index, solution.id).some((child) => child.kind === 'experiment')) continue;
      hits.push({
        nodeId: solution.id,
        message: `${capitalize(nodeName(solution))} is ${state} without an experiment. Add one that tests its riskiest assumption.`,
        fix: makeFix('add-experiment', solution.id),
      });
    }
    return hits;
  },
};
