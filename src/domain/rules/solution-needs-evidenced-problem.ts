import { hasFirstHandEvidence } from './evidence-links';
import { parentOf } from './context';
import { makeFix } from './fix';
import { nodeName } from './node-name';
import type { Rule, RuleHit } from './rule';

// Discarded solutions are skipped: nobody is pursuing them, so they ask nothing of the problem.
// A solution whose parent is not an opportunity is structure-parent-kind's finding, not this one's.
export const solutionNeedsEvidencedProblem: Rule = {
  id: 'solution-needs-evidenced-problem',
  severity: 'error',
  title: 'Solutions need an evidenced problem',
  rationale: 'A solution is only worth building for a need the team has heard or seen first-hand, not one it assumes.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const solution of context.byKind.solution) {
      if (solution.status === 'discarded') continue;
      const opportunity = parentOf(context, solution);
      if (opportunity?.kind !== 'opportunity') continue;
      if (hasFirstHandEvidence(context.doc, opportunity)) continue;
      hits.push({
        nodeId: solution.id,
        message: `Link first-hand evidence (an interview, observation or usability test) to ${nodeName(opportunity)} before building solutions for it.`,
        fix: makeFix('link-evidence', opportunity.id),
      });
    }
    return hits;
  },
};
