import type { LayoutSpacing, NodeSize } from './node-metrics';
import type { OstNode } from './types';

/**
 * One thing the tree layout places: a node with its children, or a block that stands for several
 * children of one parent (a compact column of leaves, or a left-to-right grid of small subtrees).
 */
export interface LayoutDatum {
  /** The node, or null for a block. */
  node: OstNode | null;
  parentId: string | null;
  size: NodeSize;
  children: LayoutDatum[];
  /** Compact layout: the leaves stacked in this column, top to bottom. */
  stack?: Array<{ node: OstNode; size: NodeSize }>;
  /** Left-to-right layout: the subtrees folded into this grid, row by row. */
  grid?: { columns: number; cells: GridCell[] };
}

/** A subtree folded into a grid: its root datum, its laid-out parts and the box they fill. */
export interface GridCell {
  datum: LayoutDatum;
  /** The subtree's parts, top-left corners relative to the cell's top-left corner. */
  parts: PlacedDatum[];
  size: NodeSize;
}

/** A datum with the top-left corner the layout gave it, in canvas px. */
export interface PlacedDatum {
  datum: LayoutDatum;
  left: number;
  top: number;
}

/** Left-to-right: small subtrees of one parent fold into rows of this many, so a wide tree is less tall. */
export const SIDEWAYS_COLUMNS = 2;

/**
 * Wherever a node has two or more children that `belongs` accepts, replaces them by one block
 * datum (made by `makeBlock` from them and the parent's id) at the place of the first. Walks
 * children before their parent, so `belongs` sees each child after its own children were grouped.
 */
export function groupChildRuns(
  rootDatum: LayoutDatum,
  belongs: (child: LayoutDatum) => boolean,
  makeBlock: (members: LayoutDatum[], parentId: string | null) => LayoutDatum,
): void {
  const postOrder: LayoutDatum[] = [];
  const pending = [rootDatum];
  while (pending.length > 0) {
    const datum = pending.pop()!;
    postOrder.push(datum);
    for (const child of datum.children) if (child.node) pending.push(child);
  }
  for (let i = postOrder.length - 1; i >= 0; i--) {
    const datum = postOrder[i]!;
    const members = datum.children.filter((child) => child.node && belongs(child));
    if (members.length < 2) continue;
    const first = datum.children.indexOf(members[0]!);
    const rest = datum.children.filter((child) => !members.includes(child));
    rest.splice(first, 0, makeBlock(members, datum.node?.id ?? null));
    datum.children = rest;
  }
}

/** A datum with no children: a leaf node, or a block (which stands for leaves or small subtrees). */
export function isLeafLike(datum: LayoutDatum): boolean {
  return datum.children.length === 0;
}

/** Compact layout: a column of leaves, indented from its spine, one box under the other. */
export function stackBlock(members: LayoutDatum[], parentId: string | null, spacing: LayoutSpacing): LayoutDatum {
  const stack = members.map((member) => ({ node: member.node!, size: member.size }));
  const width = spacing.stackIndent + Math.max(...stack.map((member) => member.size.width));
  const height = stack.reduce((sum, member) => sum + member.size.height, 0) + spacing.stackGap * (stack.length - 1);
  return { node: null, parentId, size: { width, height }, children: [], stack };
}

/**
 * Left-to-right layout: a grid of small subtrees in rows of SIDEWAYS_COLUMNS (reading order: along
 * a row, then down); columns are a stack indent apart (the channel `grid` edges run down), rows a
 * stack gap apart.
 */
export function gridBlock(members: LayoutDatum[], parentId: string | null, spacing: LayoutSpacing): LayoutDatum {
  const cells = members.map((datum) => cellOf(datum, placeSmallSubtree(datum, spacing)));
  const { widths, rowHeights } = gridTracks(cells, SIDEWAYS_COLUMNS);
  const width = widths.reduce((sum, w) => sum + w, 0) + spacing.stackIndent * (widths.length - 1);
  const height = rowHeights.reduce((sum, h) => sum + h, 0) + spacing.stackGap * (rowHeights.length - 1);
  return { node: null, parentId, size: { width, height }, children: [], grid: { columns: SIDEWAYS_COLUMNS, cells } };
}

/**
 * Lays out sideways a subtree whose children have no children of their own (leaves, or blocks of
 * them): the children one under the other a sibling gap apart, a level gap right of the root,
 * and the root level with the middle of their centres. Done by hand, not by d3-flextree, which
 * defines new classes on every call: one call per folded subtree made large trees crawl.
 */
function placeSmallSubtree(datum: LayoutDatum, spacing: LayoutSpacing): PlacedDatum[] {
  if (datum.children.length === 0) return [{ datum, left: 0, top: 0 }];
  const left = datum.size.width + spacing.level;
  const placed: PlacedDatum[] = [];
  let top = 0;
  for (const child of datum.children) {
    placed.push({ datum: child, left, top });
    top += child.size.height + spacing.sibling;
  }
  const first = placed[0]!;
  const last = placed[placed.length - 1]!;
  const middle = (first.top + first.datum.size.height / 2 + last.top + last.datum.size.height / 2) / 2;
  return [{ datum, left: 0, top: middle - datum.size.height / 2 }, ...placed];
}

function cellOf(datum: LayoutDatum, parts: PlacedDatum[]): GridCell {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { datum: part, left, top } of parts) {
    minX = Math.min(minX, left);
    minY = Math.min(minY, top);
    maxX = Math.max(maxX, left + part.size.width);
    maxY = Math.max(maxY, top + part.size.height);
  }
  const shifted = parts.map((part) => ({ datum: part.datum, left: part.left - minX, top: part.top - minY }));
  return { datum, parts: shifted, size: { width: maxX - minX, height: maxY - minY } };
}

/** Widths of a grid's columns and heights of its rows (px) for cells placed row by row. */
export function gridTracks(cells: Array<{ size: NodeSize }>, columns: number): { widths: number[]; rowHeights: number[] } {
  const widths: number[] = [];
  const rowHeights: number[] = [];
  cells.forEach(({ size }, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    widths[column] = Math.max(widths[column] ?? 0, size.width);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, size.height);
  });
  return { widths, rowHeights };
}
