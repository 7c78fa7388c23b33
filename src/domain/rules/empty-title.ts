import { makeFix } from './fix';
import type { Rule, RuleHit } from './rule';

export const emptyTitle: Rule = {
  id: 'empty-title',
  severity: 'info',
  title: 'Node has a title',
  rationale: 'A node without a title says nothing to the people reading the tree.',
  check(context) {
    const hits: RuleHit[] = [];
    for (const list of [context.ordered, context.detached]) {
      for (const node of list) {
        if (node.title.trim() !== '') continue;
        hits.push({
          nodeId: node.id,
          message: `This ${node.kind} has no title. Write one so the team can tell what it stands for.`,
          fix: makeFix('edit-title', node.id),
        });
      }
    }
    return hits;
  },
};
