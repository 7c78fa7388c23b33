import { evidenceName } from './node-name';
import type { Rule, RuleHit } from './rule';

export const evidenceUnused: Rule = {
  id: 'evidence-unused',
  severity: 'info',
  title: 'Evidence is linked',
  rationale: 'Evidence only supports a decision once it is linked to the opportunity or solution it speaks to.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const item of Object.values(context.doc.evidence)) {
      if (context.linkedEvidenceIds.has(item.id)) continue;
      hits.push({
        evidenceId: item.id,
        message: `Evidence ${evidenceName(item)} is not linked to anything. Link it to the opportunity it speaks to, or delete it.`,
      });
    }
    return hits;
  },
};
