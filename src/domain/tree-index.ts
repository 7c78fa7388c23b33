import type { OstNode, TreeDoc } from './types';

/** Children of every node in sibling order, plus the roots; built once per tree state. */
export interface TreeIndex {
  roots: OstNode[];
  childrenOf: Map<string, OstNode[]>;
  /** How many nodes the tree has (counting a 10,000-key record again costs more than a rule). */
  size: number;
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
/** The last frozen state indexed, so the next one (usually one edited node later) can reuse it. */
let last: { nodes: Record<string, OstNode>; count: number; index: TreeIndex } | null = null;
/** Past this many changed nodes, building afresh is as quick as patching. */
const MAX_PATCHED_NODES = 64;

/**
 * Children of every node in sibling order, plus the roots. Memoised per frozen nodes object; a
 * state whose nodes kept their ids, parents and ranks (typing a title, editing a key result) reuses
 * the previous state's order with the changed node objects swapped in, instead of sorting every
 * sibling list again: on a 10,000-node tree that is most of a keystroke's validation.
 */
export function indexTree(nodes: Record<string, OstNode>): TreeIndex {
  const cached = cache.get(nodes);
  if (cached) return cached;
  const frozen = Object.isFrozen(nodes);
  const index = (frozen && last ? patchedIndex(last, nodes) : null) ?? buildIndex(nodes);
  if (frozen) {
    cache.set(nodes, index);
    last = { nodes, count: index.size, index };
  }
  return index;
}

function buildIndex(nodes: Record<string, OstNode>): TreeIndex {
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
  return { roots, childrenOf, size: Object.keys(nodes).length };
}

/** `previous`'s index with changed nodes swapped in, or null when the structure changed. */
function patchedIndex(previous: { nodes: Record<string, OstNode>; count: number; index: TreeIndex }, nodes: Record<string, OstNode>): TreeIndex | null {
  const changed: OstNode[] = [];
  let count = 0;
  for (const id in nodes) {
    count += 1;
    const now = nodes[id]!;
    const was = previous.nodes[id];
    if (was === now) continue;
    if (!was || was.parentId !== now.parentId || was.rank !== now.rank || changed.length >= MAX_PATCHED_NODES) return null;
    changed.push(now);
  }
  // Same count and every id known before: the same ids, so the same roots and parents.
  if (count !== previous.count) return null;
  const before = previous.index;
  let roots = before.roots;
  const childrenOf = changed.length > 0 ? new Map(before.childrenOf) : before.childrenOf;
  for (const node of changed) {
    const isRoot = node.parentId === null || !(node.parentId in nodes);
    const list = isRoot ? roots : childrenOf.get(node.parentId!)!;
    const copy = isRoot ? (roots === before.roots ? [...roots] : roots) : list === before.childrenOf.get(node.parentId!) ? [...list] : list;
    copy[copy.findIndex((sibling) => sibling.id === node.id)] = node;
    if (isRoot) roots = copy;
    else childrenOf.set(node.parentId!, copy);
  }
  return { roots, childrenOf, size: count };
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
