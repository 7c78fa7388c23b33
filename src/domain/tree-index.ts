import type { OstNode, TreeDoc } from './types';

/** Children of every node in sibling order, plus the roots; built once per tree state. */
export interface TreeIndex {
  roots: OstNode[];
  childrenOf: Map<string, OstNode[]>;
}

export function compareRank(a: OstNode, b: OstNode): number {
  if (a.rank < b.rank) return -1;
  if (a.rank > b.rank) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const EMPTY: OstNode[] = [];

// Memoised per frozen nodes object: immer freezes each state it produces and gives a new object
// only when a node changed. Drafts and plain objects are mutable, so they are never cached.
const cache = new WeakMap<Record<string, OstNode>, TreeIndex>();

export function indexTree(nodes: Record<string, OstNode>): TreeIndex {
  const cached = cache.get(nodes);
  if (cached) return cached;
  const roots: OstNode[] = [];
  const childrenOf = new Map<string, OstNode[]>();
  for (const node of Object.values(nodes)) {
    if (node.parentId === null || !(node.parentId in nodes)) {
      roots.push(node);
      continue;
    }
    const siblings = childrenOf.get(node.parentId);
    if (siblings) siblings.push(node);
    else childrenOf.set(node.parentId, [node]);
  }
  roots.sort(compareRank);
  for (const siblings of childrenOf.values()) siblings.sort(compareRank);
  const index = { roots, childrenOf };
  if (Object.isFrozen(nodes)) cache.set(nodes, index);
  return index;
}

export function childrenOf(index: TreeIndex, id: string): OstNode[] {
  return index.childrenOf.get(id) ?? EMPTY;
}

/** The root outcome: the first root that is an outcome, else the first root. */
export function rootOf(doc: TreeDoc): OstNode | undefined {
  const { roots } = indexTree(doc.nodes);
  return roots.find((node) => node.kind === 'outcome') ?? roots[0];
}

/** Depth-first, pre-order walk in sibling order; `visit` returning false skips a node's children. */
export function walk(index: TreeIndex, start: OstNode[], visit: (node: OstNode, depth: number) => boolean | void): void {
  const stack: Array<[OstNode, number]> = [];
  for (let i = start.length - 1; i >= 0; i--) stack.push([start[i]!, 0]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (visit(node, depth) === false) continue;
    const children = childrenOf(index, node.id);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
  }
}

/** The node and all its descendants, in depth-first order. */
export function subtreeIds(doc: TreeDoc, id: string): string[] {
  const node = doc.nodes[id];
  if (!node) return [];
  const ids: string[] = [];
  walk(indexTree(doc.nodes), [node], (visited) => {
    ids.push(visited.id);
  });
  return ids;
}

export function isAncestor(doc: TreeDoc, ancestorId: string, id: string): boolean {
  let current = doc.nodes[id];
  const seen = new Set<string>();
  while (current && current.parentId !== null && !seen.has(current.id)) {
    seen.add(current.id);
    if (current.parentId === ancestorId) return true;
    current = doc.nodes[current.parentId];
  }
  return false;
}

/** All nodes in depth-first sibling order (the order of the JSON file). */
export function orderedNodes(doc: TreeDoc): OstNode[] {
  const index = indexTree(doc.nodes);
  const ordered: OstNode[] = [];
  walk(index, index.roots, (node) => {
    ordered.push(node);
  });
  return ordered;
}
