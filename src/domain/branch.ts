import type { TreeDoc } from './types';

/**
 * Whether `id` belongs to the branch of `branchId`: the branch node itself, one of its ancestors
 * (the path up to the outcome) or a node in its subtree. Walks parents only, so it costs the
 * node's depth; unknown ids are outside every branch.
 */
export function isInBranch(doc: TreeDoc, branchId: string, id: string): boolean {
  if (!doc.nodes[branchId] || !doc.nodes[id]) return false;
  // In the subtree: the branch node is on the way up from `id`.
  for (let current: string | null = id; current !== null; current = doc.nodes[current]?.parentId ?? null) {
    if (current === branchId) return true;
  }
  // An ancestor: `id` is on the way up from the branch node.
  for (let current: string | null = branchId; current !== null; current = doc.nodes[current]?.parentId ?? null) {
    if (current === id) return true;
  }
  return false;
}
