import { childrenOf, indexTree } from './tree-index';
import type { OstNode } from './types';

/** One visible line of the outline: a node with its place in the tree, as ARIA's tree pattern needs it. */
export interface OutlineRow {
  id: string;
  /** 1 for the root outcome, 2 for its children, … (aria-level). */
  level: number;
  /** How many siblings the node has, itself included (aria-setsize), and its 1-based place (aria-posinset). */
  setSize: number;
  posInSet: number;
  parentId: string | null;
  hasChildren: boolean;
  /** False when the node is collapsed: its children are not rows. */
  expanded: boolean;
}

// One list per frozen nodes object (immer gives a new object only when a node changed).
const cache = new WeakMap<Record<string, OstNode>, OutlineRow[]>();

/**
 * The tree as the outline shows it: every node in depth-first sibling order, except the children of
 * collapsed nodes (they appear when their parent is expanded). Takes the document's nodes; linear in
 * the number of rows, memoised per nodes object.
 */
export function outlineRows(nodes: Record<string, OstNode>): OutlineRow[] {
  const cached = cache.get(nodes);
  if (cached) return cached;
  const index = indexTree(nodes);
  const rows: OutlineRow[] = [];
  const stack: Array<{ siblings: OstNode[]; at: number; level: number }> = [{ siblings: index.roots, at: 0, level: 1 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const node = frame.siblings[frame.at];
    if (!node) {
      stack.pop();
      continue;
    }
    frame.at += 1;
    const children = childrenOf(index, node.id);
    const expanded = !node.collapsed;
    rows.push({
      id: node.id,
      level: frame.level,
      setSize: frame.siblings.length,
      posInSet: frame.at,
      parentId: node.parentId,
      hasChildren: children.length > 0,
      expanded,
    });
    if (expanded && children.length > 0) stack.push({ siblings: children, at: 0, level: frame.level + 1 });
  }
  if (Object.isFrozen(nodes)) cache.set(nodes, rows);
  return rows;
}
