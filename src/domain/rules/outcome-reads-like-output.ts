import { makeFix } from './fix';
import { namedAs } from './node-name';
import { imperativeOpening, OUTPUT_OPENINGS } from './phrasing';
import type { Rule, RuleHit } from './rule';

export const outcomeReadsLikeOutput: Rule = {
  id: 'outcome-reads-like-output',
  severity: 'warning',
  title: 'Outcome, not output',
  rationale: 'Shipping something is an output; the outcome is the change in customer behaviour or business result it should cause.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      const opening = imperativeOpening(outcome.title, OUTPUT_OPENINGS);
      if (opening === null) continue;
      hits.push({
        nodeId: outcome.id,
        message: `The ${namedAs(outcome)} reads like something to ship (“${opening}…”). Phrase it as a change in what customers do or a business result, e.g. “More teams invite a colleague in their first week”.`,
        fix: makeFix('edit-title', outcome.id, 'Rephrase the outcome'),
      });
    }
    return hits;
  },
};
