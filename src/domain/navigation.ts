import type { TreeLayout } from './layout';
import type { TreeDoc } from './types';

export type Direction = 'up' | 'down' | 'left' | 'right';

/** In a left-to-right tree the levels run across: ← is the parent, → a child, ↑ ↓ the neighbours. */
const SIDEWAYS: Record<Direction, Direction> = { left: 'up', right: 'down', up: 'left', down: 'right' };

/**
 * The node the arrow keys lead to in the laid-out (visible) tree: up to the parent, down to the
 * first visible child, left/right to the neighbour at the same depth (across branches too). In a
 * left-to-right layout the arrows turn with the tree (← parent, → first child, ↑ ↓ neighbours).
 */
export function neighbour(doc: TreeDoc, layout: TreeLayout, id: string, pressed: Direction): string | null {
  const direction = layout.kind === 'left-right' ? SIDEWAYS[pressed] : pressed;
  const node = doc.nodes[id];
  if (!node || !layout.boxes.has(id)) return null;
  if (direction === 'up') return node.parentId !== null && layout.boxes.has(node.parentId) ? node.parentId : null;
  if (direction === 'down') {
    const edge = layout.edges.find((candidate) => candidate.parentId === id);
    return edge ? edge.childId : null;
  }
  const depths = depthsOf(layout);
  const depth = depths.get(id);
  const sameDepth = layout.order.filter((candidate) => depths.get(candidate) === depth);
  const position = sameDepth.indexOf(id);
  const next = sameDepth[position + (direction === 'left' ? -1 : 1)];
  return next ?? null;
}

const depthCache = new WeakMap<TreeLayout, Map<string, number>>();

function depthsOf(layout: TreeLayout): Map<string, number> {
  const cached = depthCache.get(layout);
  if (cached) return cached;
  const depths = new Map<string, number>();
  const first = layout.order[0];
  if (first) depths.set(first, 0);
  // Edges come in depth-first order, so a parent's depth is known before its children's.
  for (const { parentId, childId } of layout.edges) depths.set(childId, (depths.get(parentId) ?? 0) + 1);
  depthCache.set(layout, depths);
  return depths;
}
