import { flextree } from 'd3-flextree';
import { DEFAULT_LAYOUT, type LayoutKind } from './layout-kind';
import { groupChildRuns, gridBlock, gridTracks, isLeafLike, stackBlock, type LayoutDatum, type PlacedDatum } from './layout-blocks';
import { EDITING_SPACING, nodeSize, type LayoutSpacing, type NodeSize } from './node-metrics';
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

/**
 * Where a `stack` or `grid` edge bends, in canvas px from its ends, so that it runs in the gaps its
 * layout left (presenting leaves narrower gaps than editing).
 */
export interface EdgeLanes {
  /** `stack`: how far below the parent's bottom the bus runs; `grid`: how far right of the parent's side it turns down. */
  fromParent: number;
  /** How far left of the child's side the spine (`stack`) or the channel between columns (`grid`) runs. */
  toChild: number;
  /** `grid`: how far above the child's middle the gap over its row runs; 0 otherwise. */
  lift: number;
}

export interface LayoutEdge {
  parentId: string;
  childId: string;
  route: EdgeRoute;
  /** On `stack` and `grid` edges: where they bend. */
  lanes?: EdgeLanes;
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
  /** Gaps between boxes (default: the editing gaps; present mode passes tighter ones). */
  spacing?: LayoutSpacing;
}

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
  const spacing = options.spacing ?? EDITING_SPACING;
  if (kind === 'compact') groupChildRuns(rootDatum, isLeafLike, (members, parentId) => stackBlock(members, parentId, spacing));
  // Sideways, a node's leaves and then whole small subtrees (a solution with its experiments)
  // fold into grids, so that a wide tree no longer queues along the screen's short side.
  if (sideways) groupChildRuns(rootDatum, isSmallSubtree, (members, parentId) => gridBlock(members, parentId, spacing));
  const routes = new Map<string, { route: EdgeRoute; lanes?: EdgeLanes }>();
  const emit = (placed: PlacedDatum) => emitDatum(placed, spacing, boxes, routes, emit);
  for (const placed of flexPlace(rootDatum, sideways, spacing)) emit(placed);

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
      const routed = routes.get(node.id);
      edges.push(routed ? { parentId: node.parentId, childId: node.id, ...routed } : { parentId: node.parentId, childId: node.id, route: sideways ? 'right' : 'down' });
    }
    return true;
  });
  return { kind, boxes, order, edges, hiddenCounts, bounds: { minX, minY, maxX, maxY } };
}

/**
 * Left-to-right: whether a child folds into its parent's grid: it is a leaf, or all its children
 * are leaves (or a grid of leaves), so that grids fold small subtrees but never grids of grids.
 */
function isSmallSubtree(child: LayoutDatum): boolean {
  return child.children.every((grandchild) => isLeafLike(grandchild) && (grandchild.node !== null || grandchild.grid?.cells.every((cell) => isLeafLike(cell.datum)) === true));
}

/**
 * Lays a datum and its descendants out with d3-flextree (nodes of any size, never overlapping):
 * top-down, or sideways with the root at the left. Returns each datum's top-left corner.
 */
function flexPlace(rootDatum: LayoutDatum, sideways: boolean, spacing: LayoutSpacing): PlacedDatum[] {
  const layout = flextree<LayoutDatum>({
    children: (datum) => (datum.children.length > 0 ? datum.children : null),
    // Sideways, a node's height runs along the sibling axis and its width along the level axis.
    nodeSize: ({ data: { size } }) =>
      sideways ? [size.height + spacing.sibling, size.width + spacing.level] : [size.width + spacing.sibling, size.height + spacing.level],
    spacing: (a, b) => (a.data.parentId === b.data.parentId ? 0 : spacing.sibling),
  });
  const placed: PlacedDatum[] = [];
  layout(layout.hierarchy(rootDatum)).each((hierarchyNode) => {
    const { size } = hierarchyNode.data;
    // flextree's x runs along siblings (centre) and y along levels (near edge).
    const left = sideways ? hierarchyNode.y : hierarchyNode.x - size.width / 2;
    const top = sideways ? hierarchyNode.x - size.height / 2 : hierarchyNode.y;
    placed.push({ datum: hierarchyNode.data, left, top });
  });
  return placed;
}

/**
 * Places one placed datum's boxes: a node's own box, a compact column's leaves, or a grid's
 * subtrees (through `emit`, since a cell holds laid-out parts). Records the route and lanes of
 * the edges into stacked and folded nodes in `routes`.
 */
function emitDatum(
  { datum, left, top }: PlacedDatum,
  spacing: LayoutSpacing,
  boxes: Map<string, NodeBox>,
  routes: Map<string, { route: EdgeRoute; lanes?: EdgeLanes }>,
  emit: (placed: PlacedDatum) => void,
): void {
  const { node, size, stack, grid } = datum;
  if (node) {
    boxes.set(node.id, { id: node.id, x: left, y: top, width: size.width, height: size.height });
    return;
  }
  if (stack) {
    let y = top;
    for (const member of stack) {
      boxes.set(member.node.id, { id: member.node.id, x: left + spacing.stackIndent, y, width: member.size.width, height: member.size.height });
      routes.set(member.node.id, { route: 'stack', lanes: { fromParent: spacing.level / 2, toChild: spacing.stackIndent / 2, lift: 0 } });
      y += member.size.height + spacing.stackGap;
    }
    return;
  }
  if (!grid) return;
  const { widths, rowHeights } = gridTracks(grid.cells, grid.columns);
  const columnLeft: number[] = [];
  widths.reduce((x, width, column) => {
    columnLeft[column] = x;
    return x + width + spacing.stackIndent;
  }, left);
  let rowTop = top;
  grid.cells.forEach((cell, index) => {
    const column = index % grid.columns;
    const row = Math.floor(index / grid.columns);
    if (column === 0 && row > 0) rowTop += rowHeights[row - 1]! + spacing.stackGap;
    const cellLeft = columnLeft[column]!;
    for (const part of cell.parts) emit({ datum: part.datum, left: cellLeft + part.left, top: rowTop + part.top });
    const root = cell.datum.node!;
    if (column === 0) return;
    // Past the first column, the edge turns down in the level gap, runs along the gap over the
    // cell's row and down the channel left of its column.
    const box = boxes.get(root.id)!;
    const lift = box.y + box.height / 2 - (rowTop - spacing.stackGap / 2);
    routes.set(root.id, { route: 'grid', lanes: { fromParent: spacing.level / 2, toChild: spacing.stackIndent / 2, lift } });
  });
}
