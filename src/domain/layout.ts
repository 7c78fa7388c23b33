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
 * right side to the child's left side.
 */
export type EdgeRoute = 'down' | 'stack' | 'right';

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
  const stacked = kind === 'compact' ? stackLeaves(rootDatum) : new Set<string>();

  const sideways = kind === 'left-right';
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
      const route: EdgeRoute = sideways ? 'right' : stacked.has(node.id) ? 'stack' : 'down';
      edges.push({ parentId: node.parentId, childId: node.id, route });
    }
    return true;
  });
  return { kind, boxes, order, edges, hiddenCounts, bounds: { minX, minY, maxX, maxY } };
}

/**
 * Compact layout: wherever a node has two or more children without children of their own, those
 * leaves become one column (a single datum as tall as the column) at the place of the first of
 * them. Returns the ids of the stacked nodes.
 */
function stackLeaves(rootDatum: LayoutDatum): Set<string> {
  const stacked = new Set<string>();
  const pending = [rootDatum];
  while (pending.length > 0) {
    const datum = pending.pop()!;
    const leaves = datum.children.filter((child) => child.children.length === 0 && child.node);
    if (leaves.length >= 2) {
      const members = leaves.map((leaf) => ({ node: leaf.node!, size: leaf.size }));
      const width = STACK_INDENT + Math.max(...members.map((member) => member.size.width));
      const height = members.reduce((sum, member) => sum + member.size.height, 0) + STACK_GAP * (members.length - 1);
      const column: LayoutDatum = { node: null, parentId: datum.node?.id ?? null, size: { width, height }, children: [], stack: members };
      const first = datum.children.indexOf(leaves[0]!);
      const rest = datum.children.filter((child) => !leaves.includes(child));
      rest.splice(first, 0, column);
      datum.children = rest;
      for (const member of members) stacked.add(member.node.id);
    }
    for (const child of datum.children) if (child.node) pending.push(child);
  }
  return stacked;
}
