import { indexTree, childrenOf, rootOf, walk } from './tree-index';
import type { OstNode, TreeDoc } from './types';

/** One step of the tree's story in present mode: what it shows and the nodes in focus. */
export interface PresentStep {
  /** Stable within one tree: `tree`, `outcome`, `branch:<opportunity id>`, `target`, `experiments:<solution id>`. */
  key: string;
  /** What the step indicator says, e.g. "Opportunity: Evenings are busy". */
  label: string;
  /** Nodes in focus, in tree order; the whole-tree step lists every node. */
  nodeIds: string[];
}

/**
 * The story a facilitator tells with the tree, in order: the whole tree; the outcome (with its
 * metric or key results); each opportunity branch under the outcome; the target opportunity with
 * its solutions side by side; then, for each of those solutions that has experiments (each
 * solution in the tree when no opportunity is the target), its experiments with their success
 * criteria and results. Steps with no nodes are left out; an empty tree has no steps.
 */
export function presentSteps(doc: TreeDoc): PresentStep[] {
  const root = rootOf(doc);
  if (!root) return [];
  const index = indexTree(doc.nodes);
  const subtree = (start: OstNode): string[] => {
    const ids: string[] = [];
    walk(index, [start], (node) => {
      ids.push(node.id);
    });
    return ids;
  };
  const everything = subtree(root);
  const steps: PresentStep[] = [
    { key: 'tree', label: 'The whole tree', nodeIds: everything },
    { key: 'outcome', label: `Outcome: ${titleOf(root)}`, nodeIds: [root.id] },
  ];
  for (const child of childrenOf(index, root.id)) {
    if (child.kind !== 'opportunity') continue;
    steps.push({ key: `branch:${child.id}`, label: `Opportunity: ${titleOf(child)}`, nodeIds: subtree(child) });
  }
  const target = everything.map((id) => doc.nodes[id]!).find((node) => node.kind === 'opportunity' && node.target);
  const solutions = target ? childrenOf(index, target.id).filter((node) => node.kind === 'solution') : everything.map((id) => doc.nodes[id]!).filter((node) => node.kind === 'solution');
  if (target) {
    steps.push({ key: 'target', label: `Target opportunity: ${titleOf(target)} and its solutions`, nodeIds: [target.id, ...solutions.map((node) => node.id)] });
  }
  // One step per tested solution: a few experiments fill the screen, and their details fit beside them.
  for (const solution of solutions) {
    const experiments = childrenOf(index, solution.id).filter((node) => node.kind === 'experiment');
    if (experiments.length === 0) continue;
    steps.push({
      key: `experiments:${solution.id}`,
      label: `Experiments on “${titleOf(solution)}”: success criteria and results`,
      nodeIds: experiments.map((node) => node.id),
    });
  }
  return steps;
}

function titleOf(node: OstNode): string {
  const title = node.title.replace(/\s+/g, ' ').trim();
  return title || `untitled ${node.kind}`;
}
