import { capitalize, nodeName } from './node-name';
import type { Rule } from './rule';

// Every marked target gets the finding: the validator cannot know which one the team means.
export const oneTargetOpportunity: Rule = {
  id: 'one-target-opportunity',
  severity: 'warning',
  title: 'One target opportunity',
  rationale: 'Working on one opportunity at a time lets the team finish learning about it instead of spreading thin.',
  check(context) {
    const targets = context.byKind.opportunity.filter((opportunity) => opportunity.target === true);
    if (targets.length < 2) return [];
    return targets.map((opportunity) => ({
      nodeId: opportunity.id,
      message: `${capitalize(nodeName(opportunity))} is one of ${targets.length} target opportunities. Pick one to work on now and unmark the others.`,
    }));
  },
};
