import { hasFirstHandEvidence } from './evidence-links';
import { makeFix } from './fix';
import { namedAs } from './node-name';
import type { Rule, RuleHit } from './rule';

// One pass over the opportunities: each one with first-hand evidence marks the outcome above it,
// climbing parents. A climb stops at a node an earlier climb passed, whose outcome is marked
// already, so the rule stays linear in the tree's size.
export const outcomeNeedsEvidencedProblem: Rule = {
  id: 'outcome-needs-evidenced-problem',
  severity: 'warning',
  title: 'Outcome rests on a proven problem',
  rationale:
    'An outcome is only worth pursuing once the team has heard or seen, first-hand, a customer problem that moving it would solve.',
  check(context) {
    const grounded = new Set<string>();
    const climbed = new Set<string>();
    for (const opportunity of context.byKind.opportunity) {
      if (!hasFirstHandEvidence(context.doc, opportunity)) continue;
      let current = opportunity.parentId === null ? undefined : context.doc.nodes[opportunity.parentId];
      while (current && !climbed.has(current.id)) {
        climbed.add(current.id);
        if (current.kind === 'outcome') grounded.add(current.id);
        current = current.parentId === null ? undefined : context.doc.nodes[current.parentId];
      }
    }
    const hits: RuleHit[] = [];
    for (const outcome of context.byKind.outcome) {
      if (grounded.has(outcome.id)) continue;
      const opportunities = context.index.childrenOf.get(outcome.id)?.filter((child) => child.kind === 'opportunity') ?? [];
      const target = context.byKind.opportunity.find((node) => node.target === true && isBelow(context.doc.nodes, node.id, outcome.id));
      const toEvidence = target ?? opportunities[0];
      hits.push({
        nodeId: outcome.id,
        message: toEvidence
          ? `No opportunity under the ${namedAs(outcome)} has first-hand evidence yet. Interview or observe customers until a problem is proven, then link it.`
          : `The ${namedAs(outcome)} has no opportunity under it yet. Find the customer problem it would solve, and back it with first-hand evidence.`,
        fix: toEvidence ? makeFix('link-evidence', toEvidence.id) : makeFix('add-opportunity', outcome.id),
      });
    }
    return hits;
  },
};

function isBelow(nodes: Record<string, { id: string; parentId: string | null }>, id: string, ancestorId: string): boolean {
  const seen = new Set<string>();
  let current = nodes[id];
  while (current && current.parentId !== null && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.parentId === ancestorId) return true;
    current = nodes[current.parentId];
  }
  return false;
}
