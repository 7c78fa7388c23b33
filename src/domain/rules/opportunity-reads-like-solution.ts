import { makeFix } from './fix';
import { capitalize, nodeName } from './node-name';
import { imperativeOpening, SOLUTION_OPENINGS } from './phrasing';
import type { Rule, RuleHit } from './rule';

export const opportunityReadsLikeSolution: Rule = {
  id: 'opportunity-reads-like-solution',
  severity: 'warning',
  title: 'Opportunity, not solution',
  rationale: 'An opportunity phrased as a solution closes off other ways to meet the need before anyone has compared them.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const opportunity of context.byKind.opportunity) {
      const opening = imperativeOpening(opportunity.title, SOLUTION_OPENINGS);
      if (opening === null) continue;
      hits.push({
        nodeId: opportunity.id,
        message: `${capitalize(nodeName(opportunity))} reads like a solution (“${opening}…”). Phrase it as the customer's need, pain or desire, in words they would use.`,
        fix: makeFix('edit-title', opportunity.id, 'Rephrase as a need'),
      });
    }
    return hits;
  },
};
