import { flextree } from 'd3-flextree';
import { DEFAULT_LAYOUT, type LayoutKind } from './layout-kind';
import { nodeSize, LEVEL_GAP, SIBLING_GAP, STACK_GAP, STACK_INDENT, type NodeSize } from './node-metrics';
import { childrenOf, indexTree, rootOf, walk } from './tree-index';
import type { OstNode, TreeDoc } from './types';

/** A laid-out node: top-left corner and size, in canvas pixels. */
export interface NodeBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How an edge runs: `down` from the parent's bottom to the child's top; `stack` from the parent's
 * bottom down a spine to the left side of a child stacked in a column; `right` from the parent's
 * right side to the child's left side; `grid` (left-to-right, a leaf in the second column of a
 * folded run) from the parent's right side over the top of its row and down a channel between the
 * columns into the child's left side.
 */
export type EdgeRoute = 'down' | 'stack' | 'right' | 'grid';

export interface LayoutEdge {
  parentId: string;
  childId: string;
  route: EdgeRoute;
}

export interface TreeLayout {
  kind: LayoutKind;
  boxes: Map<string, NodeBox>;
  /** Laid-out node ids in depth-first sibling order. */
  order: string[];
  /** Edges between laid-out nodes, parent first. */
  edges: LayoutEdge[];
  /** How many nodes each collapsed node (or node at the last shown level) hides. */
  hiddenCounts: Map<string, number>;
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

export interface LayoutOptions {
  /** Which arrangement (default: the tidy top-down tree). */
  kind?: LayoutKind;
  /** Size of a node's box; defaults to an estimate from the title's length. */
  sizeOf?: (node: OstNode) => NodeSize;
  /** Skip the children of collapsed nodes (the canvas does; "export everything" does not). */
  respectCollapsed?: boolean;
  /** Lay out only this node's subtree. */
  rootId?: string;
  /** Show only this many levels (1 = the start node alone); deeper nodes count as hidden. */
  maxLevels?: number;
}

interface LayoutDatum {
  /** The node, or null for a column of stacked leaves (compact layout). */
  node: OstNode | null;
  parentId: string | null;
  size: NodeSize;
  children: LayoutDatum[];
  stack?: Array<{ node: OstNode; size: NodeSize }>;
  /** Left-to-right only: the stack is folded into rows of this many leaves. */
  columns?: number;
}

/** Left-to-right: leaves of one parent fold into rows of this many, so a wide tree is less tall. */
const SIDEWAYS_LEAF_COLUMNS = 2;

const EMPTY_BOUNDS = { minX: 0, minY: 0, maxX: 0, maxY: 0 };

/**
 * Lays the tree out with d3-flextree (nodes of any size, never overlapping) in the chosen
 * arrangement. Returns boxes in canvas pixels, the visible order, the edges with their route, and
 * what collapsed nodes hide. Pure: the same document and options give the same layout.
 */
export function layoutTree(doc: TreeDoc, options: LayoutOptions = {}): TreeLayout {
  const kind = options.kind ?? DEFAULT_LAYOUT;
  const sizeOf = options.sizeOf ?? ((node: OstNode) => nodeSize(node));
  const respectCollapsed = options.respectCollapsed ?? true;
  const maxLevels = options.maxLevels ?? Infinity;
  const index = indexTree(doc.nodes);
  const start = options.rootId ? doc.nodes[options.rootId] : rootOf(doc);
  const boxes = new Map<string, NodeBox>();
  const order: string[] = [];
  const edges: LayoutEdge[] = [];
  const hiddenCounts = new Map<string, number>();
  if (!start) return { kind, boxes, order, edges, hiddenCounts, bounds: EMPTY_BOUNDS };

  const hidesChildren = (node: OstNode, level: number) =>
    (respectCollapsed && Boolean(node.collapsed)) || level >= maxLevels;

  const levels = new Map<string, number>([[start.id, 1]]);
  const buildDatum = (node: OstNode): LayoutDatum => {
    const datum: LayoutDatum = { node, parentId: node.parentId, size: sizeOf(node), children: [] };
    const children = childrenOf(index, node.id);
    if (children.length > 0 && hidesChildren(node, levels.get(node.id)!)) {
      let hidden = 0;
      walk(index, children, () => {
        hidden += 1;
      });
      hiddenCounts.set(node.id, hidden);
    }
    return datum;
  };

  const rootDatum = buildDatum(start);
  // An explicit stack keeps deep trees from overflowing the call stack.
  const pending: LayoutDatum[] = [rootDatum];
  const seen = new Set<string>([start.id]);
  while (pending.length > 0) {
    const datum = pending.pop()!;
    const node = datum.node!;
    if (hiddenCounts.has(node.id)) continue;
    for (const child of childrenOf(index, node.id)) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      levels.set(child.id, levels.get(node.id)! + 1);
      const childDatum = buildDatum(child);
      datum.children.push(childDatum);
      pending.push(childDatum);
    }
  }
  const sideways = kind === 'left-right';
  const stacked = kind === 'compact' ? stackLeaves(rootDatum) : sideways ? foldLeafRuns(rootDatum) : new Set<string>();
  /** Left-to-right: the stacked leaves placed in a second (or later) column of their run. */
  const laterColumn = new Set<string>();
  const layout = flextree<LayoutDatum>({
    children: (datum) => (datum.children.length > 0 ? datum.children : null),
    // Sideways, a node's height runs along the sibling axis and its width along the level axis.
    nodeSize: ({ data: { size } }) =>
      sideways ? [size.height + SIBLING_GAP, size.width + LEVEL_GAP] : [size.width + SIBLING_GAP, size.height + LEVEL_GAP],
    spacing: (a, b) => (a.data.parentId === b.data.parentId ? 0 : SIBLING_GAP),
  });
  const root = layout(layout.hierarchy(rootDatum));

  const place = (box: NodeBox) => boxes.set(box.id, box);
  root.each((hierarchyNode) => {
    const { node, size, stack } = hierarchyNode.data;
    // flextree's x runs along siblings (centre) and y along levels (near edge).
    const left = sideways ? hierarchyNode.y : hierarchyNode.x - size.width / 2;
    const top = sideways ? hierarchyNode.x - size.height / 2 : hierarchyNode.y;
    if (node) {
      place({ id: node.id, x: left, y: top, width: size.width, height: size.height });
      return;
    }
    if (hierarchyNode.data.columns) {
      placeGrid(stack ?? [], hierarchyNode.data.columns, left, top, place, laterColumn);
      return;
    }
    let y = top;
    for (const member of stack ?? []) {
      place({ id: member.node.id, x: left + STACK_INDENT, y, width: member.size.width, height: member.size.height });
      y += member.size.height + STACK_GAP;
    }
  });

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes.values()) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  walk(index, [start], (node) => {
    if (!boxes.has(node.id)) return false;
    order.push(node.id);
    if (node.parentId !== null && boxes.has(node.parentId) && node.id !== start.id) {
      const route: EdgeRoute = sideways ? (laterColumn.has(node.id) ? 'grid' : 'right') : stacked.has(node.id) ? 'stack' : 'down';
      edges.push({ parentId: node.parentId, childId: node.id, route });
    }
    return true;
  });
  return { kind, boxes, order, edges, hiddenCounts, bounds: { minX, minY, maxX, maxY } };
}

type StackMember = NonNullable<LayoutDatum['stack']>[number];

/**
 * Wherever a node has two or more children without children of their own, replaces those leaves
 * by one block datum (made by `makeBlock` from the leaves and the parent's id) at the place of the
 * first of them. Returns the ids of the leaves now inside blocks.
 */
function groupLeafRuns(rootDatum: LayoutDatum, makeBlock: (members: StackMember[], parentId: string | null) => LayoutDatum): Set<string> {
  const grouped = new Set<string>();
  const pending = [rootDatum];
  while (pending.length > 0) {
    const datum = pending.pop()!;
    const leaves = datum.children.filter((child) => child.children.length === 0 && child.node);
    if (leaves.length >= 2) {
      const members = leaves.map((leaf) => ({ node: leaf.node!, size: leaf.size }));
      const first = datum.children.indexOf(leaves[0]!);
      const rest = datum.children.filter((child) => !leaves.includes(child));
      rest.splice(first, 0, makeBlock(members, datum.node?.id ?? null));
      datum.children = rest;
      for (const member of members) grouped.add(member.node.id);
    }
    for (const child of datum.children) if (child.node) pending.push(child);
  }
  return grouped;
}

/**
 * Compact layout: leaf runs become one column (a single datum as tall as the column).
 * Returns the ids of the stacked nodes.
 */
function stackLeaves(rootDatum: LayoutDatum): Set<string> {
  return groupLeafRuns(rootDatum, (members, parentId) => {
    const width = STACK_INDENT + Math.max(...members.map((member) => member.size.width));
    const height = members.reduce((sum, member) => sum + member.size.height, 0) + STACK_GAP * (members.length - 1);
    return { node: null, parentId, size: { width, height }, children: [], stack: members };
  });
}

/**
 * Left-to-right layout: leaf runs become one block holding them in rows of SIDEWAYS_LEAF_COLUMNS
 * (reading order: along a row, then down), so that the leaves of a wide tree no longer all queue
 * along the screen's short side. Returns the ids of the folded nodes.
 */
function foldLeafRuns(rootDatum: LayoutDatum): Set<string> {
  return groupLeafRuns(rootDatum, (members, parentId) => {
    const { widths, rowHeights } = gridTracks(members, SIDEWAYS_LEAF_COLUMNS);
    const width = widths.reduce((sum, w) => sum + w, 0) + STACK_INDENT * (widths.length - 1);
    const height = rowHeights.reduce((sum, h) => sum + h, 0) + STACK_GAP * (rowHeights.length - 1);
    return { node: null, parentId, size: { width, height }, children: [], stack: members, columns: SIDEWAYS_LEAF_COLUMNS };
  });
}

/** Widths of a grid's columns and heights of its rows (px) for members placed row by row. */
function gridTracks(members: Array<{ size: NodeSize }>, columns: number): { widths: number[]; rowHeights: number[] } {
  const widths: number[] = [];
  const rowHeights: number[] = [];
  members.forEach(({ size }, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    widths[column] = Math.max(widths[column] ?? 0, size.width);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, size.height);
  });
  return { widths, rowHeights };
}

/**
 * Places a folded leaf block whose top-left corner is (`left`, `top`): rows of `columns` boxes,
 * STACK_GAP between rows and a STACK_INDENT channel between columns (where `grid` edges run).
 * Adds the ids of boxes past the first column to `laterColumn`.
 */
function placeGrid(members: Array<{ node: OstNode; size: NodeSize }>, columns: number, left: number, top: number, place: (box: NodeBox) => void, laterColumn: Set<string>): void {
  const { widths, rowHeights } = gridTracks(members, columns);
  const columnLeft: number[] = [];
  widths.reduce((x, width, column) => {
    columnLeft[column] = x;
    return x + width + STACK_INDENT;
  }, left);
  let rowTop = top;
  members.forEach(({ node, size }, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    if (column === 0 && row > 0) rowTop += rowHeights[row - 1]! + STACK_GAP;
    place({ id: node.id, x: columnLeft[column]!, y: rowTop, width: size.width, height: size.height });
    if (column > 0) laterColumn.add(node.id);
  });
}
