import { keyResultLabel } from '../key-results/format';
import { makeKeyResultFix } from './fix';
import { namedAs, quoteTitle } from './node-name';
import type { Rule, RuleHit } from './rule';
import { vanityTerm } from './vanity-phrasing';

export const metricReadsLikeVanity: Rule = {
  id: 'metric-reads-like-vanity',
  severity: 'warning',
  title: 'Key result measures behaviour',
  rationale:
    'Reach (downloads, sign-ups, page views) can grow while nobody’s problem is solved; a key result should count what people then do.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      for (const keyResult of outcome.keyResults ?? []) {
        const term = vanityTerm(keyResult.name);
        if (term === null) continue;
        hits.push({
          nodeId: outcome.id,
          message: `The key result ${quoteTitle(keyResultLabel(keyResult))} of the ${namedAs(outcome)} counts reach (“${term}”), not behaviour. Measure what people do once they arrive, e.g. “learners who finish a 7-day streak”.`,
          fix: makeKeyResultFix('rename-key-result', outcome.id, keyResult.id),
        });
      }
    }
    return hits;
  },
};
