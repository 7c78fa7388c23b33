import { childrenOf } from '../tree-index';
import { makeFix } from './fix';
import { namedAs } from './node-name';
import type { Rule, RuleHit } from './rule';

export const MIN_SOLUTIONS_TO_COMPARE = 3;

// Counts the target's direct solution children that are still in play: a discarded solution is
// no longer an option to compare against, and solutions under a sub-opportunity serve another need.
export const compareAndContrast: Rule = {
  id: 'compare-and-contrast',
  severity: 'warning',
  title: 'Compare and contrast solutions',
  rationale: 'Teams that weigh several solutions for the target opportunity pick better ones than teams that run with their first idea.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const opportunity of context.byKind.opportunity) {
      if (opportunity.target !== true) continue;
      const live = childrenOf(context.index, opportunity.id).filter(
        (child) => child.kind === 'solution' && child.status !== 'discarded',
      ).length;
      if (live >= MIN_SOLUTIONS_TO_COMPARE) continue;
      const has = live === 0 ? 'no solutions' : live === 1 ? 'only one solution' : `only ${live} solutions`;
      const more = MIN_SOLUTIONS_TO_COMPARE - live;
      hits.push({
        nodeId: opportunity.id,
        message: `The ${namedAs(opportunity, 'target opportunity')} has ${has} in play. Add ${more === 1 ? 'one more' : `${more} more`} so you compare and contrast before you pick.`,
        fix: makeFix('add-solution', opportunity.id),
      });
    }
    return hits;
  },
};
