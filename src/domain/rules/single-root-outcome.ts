import { capitalize, namedAs, nodeName } from './node-name';
import type { Rule, RuleHit } from './rule';

export const singleRootOutcome: Rule = {
  id: 'single-root-outcome',
  severity: 'error',
  title: 'One outcome at the root',
  rationale: 'Every opportunity, solution and experiment should trace back to the one outcome the team is trying to move.',
  check(context) {
    const hits: RuleHit[] = [];
    const { doc, index } = context;
    const topLevel = index.roots.filter((node) => node.parentId === null);
    const rootOutcome = topLevel.find((node) => node.kind === 'outcome');
    if (!rootOutcome) {
      hits.push({
        message: 'The tree has no outcome at the top. Add an outcome as the root and put the opportunities under it.',
      });
    }
    for (const node of topLevel) {
      if (node === rootOutcome) continue;
      const message =
        node.kind === 'outcome'
          ? `${capitalize(nodeName(node))} is a second outcome at the top. Keep one outcome per tree: move it into a tree of its own.`
          : `${capitalize(namedAs(node))} sits at the top of the tree. Move it under ${rootOutcome ? `the ${namedAs(rootOutcome)}` : 'an outcome'}.`;
      hits.push({ nodeId: node.id, message });
    }
    for (const node of index.roots) {
      if (node.parentId === null || node.parentId in doc.nodes) continue;
      hits.push({
        nodeId: node.id,
        message: `${capitalize(nodeName(node))} points to a parent that no longer exists. Move it back into the tree.`,
      });
    }
    for (const node of context.detached) {
      hits.push({
        nodeId: node.id,
        message: `${capitalize(nodeName(node))} is cut off from the tree: its parents loop back to it. Move it back under the outcome.`,
      });
    }
    return hits;
  },
};
