import type { TreeLayout } from './layout';
import type { TreeDoc } from './types';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The node the arrow keys lead to in the laid-out (visible) tree: up to the parent, down to the
 * first visible child, left/right to the neighbour at the same depth (across branches too).
 */
export function neighbour(doc: TreeDoc, layout: TreeLayout, id: string, direction: Direction): string | null {
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
