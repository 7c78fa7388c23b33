import { ALLOWED_PARENT_KINDS, canHaveParent } from '../kinds';
import { article } from '../operations/add-node';
import type { NodeKind } from '../types';
import { parentOf } from './context';
import { capitalize, namedAs } from './node-name';
import type { Rule, RuleHit } from './rule';

// Nodes at the top level or under a missing parent are single-root-outcome's findings.
export const structureParentKind: Rule = {
  id: 'structure-parent-kind',
  severity: 'error',
  title: 'Each kind under the right parent',
  rationale: 'The tree reads top-down as outcome → opportunity → solution → experiment; a node out of place breaks that chain of reasoning.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const list of [context.ordered, context.detached]) {
      for (const node of list) {
        const parent = parentOf(context, node);
        if (!parent || canHaveParent(node.kind, parent.kind)) continue;
        const where = `${capitalize(namedAs(node))} can't sit under ${article(parent.kind)} ${parent.kind}.`;
        hits.push({ nodeId: node.id, message: `${where} ${placeFor(node.kind)}` });
      }
    }
    return hits;
  },
};

function placeFor(kind: NodeKind): string {
  if (kind === 'outcome') return 'An outcome belongs at the top of a tree of its own.';
  const parents = ALLOWED_PARENT_KINDS[kind].map((parentKind) => `${article(parentKind)} ${parentKind}`);
  return `Move it under ${parents.join(' or ')}.`;
}
