import { canHaveParent } from '../../../src/domain/kinds';
import type { TreeDoc } from '../../../src/domain/types';

/** The structural promises every operation keeps; returns what is broken, empty when sound. */
export function treeInvariantViolations(doc: TreeDoc): string[] {
  const problems: string[] = [];
  const nodes = Object.values(doc.nodes);
  const roots = nodes.filter((node) => node.parentId === null);
  if (roots.length !== 1 || roots[0]?.kind !== 'outcome') problems.push(`expected one root outcome, found ${roots.length}`);
  for (const node of nodes) {
    if (node.parentId === null) continue;
    const parent = doc.nodes[node.parentId];
    if (!parent) {
      problems.push(`${node.id} has unknown parent ${node.parentId}`);
      continue;
    }
    if (!canHaveParent(node.kind, parent.kind)) problems.push(`${node.kind} ${node.id} under ${parent.kind}`);
    // Walking up must reach the root without revisiting a node.
    const seen = new Set<string>([node.id]);
    let current = parent;
    while (current.parentId !== null) {
      if (seen.has(current.id)) {
        problems.push(`cycle through ${current.id}`);
        break;
      }
      seen.add(current.id);
      const next = doc.nodes[current.parentId];
      if (!next) break;
      current = next;
    }
    for (const evidenceId of node.evidenceIds ?? []) {
      if (!doc.evidence[evidenceId]) problems.push(`${node.id} links unknown evidence ${evidenceId}`);
    }
  }
  const siblingRanks = new Map<string, Set<string>>();
  for (const node of nodes) {
    const key = String(node.parentId);
    const ranks = siblingRanks.get(key) ?? new Set<string>();
    if (ranks.has(node.rank)) problems.push(`duplicate rank ${node.rank} under ${key}`);
    ranks.add(node.rank);
    siblingRanks.set(key, ranks);
  }
  return problems;
}
