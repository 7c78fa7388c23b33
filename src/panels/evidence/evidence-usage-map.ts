import type { TreeDoc } from '../../domain/types';

const cache = new WeakMap<TreeDoc['nodes'], Map<string, string[]>>();
const NOT_USED: readonly string[] = [];

// One pass over the nodes per document state, instead of one per evidence item listed.
function usageMap(nodes: TreeDoc['nodes']): Map<string, string[]> {
  const cached = cache.get(nodes);
  if (cached) return cached;
  const map = new Map<string, string[]>();
  for (const node of Object.values(nodes)) {
    for (const evidenceId of node.evidenceIds ?? []) {
      const users = map.get(evidenceId);
      if (users) users.push(node.id);
      else map.set(evidenceId, [node.id]);
    }
  }
  cache.set(nodes, map);
  return map;
}

/** Ids of the nodes that link an evidence item (the same answer as `evidenceUsage`, memoised). */
export function nodesUsingEvidence(doc: TreeDoc, evidenceId: string): readonly string[] {
  return usageMap(doc.nodes).get(evidenceId) ?? NOT_USED;
}
