import { businessGoalPhrase } from './business-goal-phrasing';
import { makeFix } from './fix';
import { namedAs } from './node-name';
import type { Rule, RuleHit } from './rule';

export const outcomeReadsLikeBusinessGoal: Rule = {
  id: 'outcome-reads-like-business-goal',
  severity: 'warning',
  title: 'Outcome, not business goal',
  rationale:
    'A useful outcome flips a user problem: how would people whose problem got solved behave? “Users buy more” only restates what the company wants.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      const phrase = businessGoalPhrase(outcome.title);
      if (phrase === null) continue;
      hits.push({
        nodeId: outcome.id,
        message: `The ${namedAs(outcome)} states what the company wants people to do (“${phrase}”). Flip the problem instead: how would people whose problem got solved behave? E.g. “Shoppers find the right size on the first try”. Keep the business goal in the outcome’s Business goal field.`,
        fix: makeFix('edit-title', outcome.id, 'Flip it into user behaviour'),
      });
    }
    return hits;
  },
};
