import { hasFirstHandEvidence } from './evidence-links';
import { makeFix } from './fix';
import { capitalize, nodeName } from './node-name';
import type { Rule, RuleHit } from './rule';

export const evidenceSecondHandOnly: Rule = {
  id: 'evidence-second-hand-only',
  severity: 'warning',
  title: 'First-hand evidence',
  rationale: 'Surveys, analytics and tickets say that something happens; hearing or seeing it yourself tells you why.',
  check(context) {
    const hits: RuleHit[] = [];
    const { doc } = context;
    for (const opportunity of context.byKind.opportunity) {
      const linksSome = (opportunity.evidenceIds ?? []).some((id) => id in doc.evidence);
      if (!linksSome || hasFirstHandEvidence(doc, opportunity)) continue;
      hits.push({
        nodeId: opportunity.id,
        message: `${capitalize(nodeName(opportunity))} rests on second-hand evidence only. Hear or see it yourself: link an interview, observation or usability test.`,
        fix: makeFix('link-evidence', opportunity.id),
      });
    }
    return hits;
  },
};
