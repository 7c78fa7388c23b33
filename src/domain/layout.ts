import { flextree } from 'd3-flextree';
import { nodeSize, LEVEL_GAP, SIBLING_GAP, type NodeSize } from './node-metrics';
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

export interface TreeLayout {
  boxes: Map<string, NodeBox>;
  /** Laid-out node ids in depth-first sibling order. */
  order: string[];
  /** Edges between laid-out nodes, parent first. */
  edges: Array<{ parentId: string; childId: string }>;
  /** How many nodes each collapsed node hides. */
  hiddenCounts: Map<string, number>;
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
}

export interface LayoutOptions {
  /** Size of a node's box; defaults to an estimate from the title's length. */
  sizeOf?: (node: OstNode) => NodeSize;
  /** Skip the children of collapsed nodes (the canvas does; "export everything" does not). */
  respectCollapsed?: boolean;
  /** Lay out only this node's subtree. */
  rootId?: string;
}

interface LayoutDatum {
  node: OstNode;
  size: NodeSize;
  children: LayoutDatum[];
}

/** A tidy top-down tree (d3-flextree): nodes of any size, never overlapping. */
export function layoutTree(doc: TreeDoc, options: LayoutOptions = {}): TreeLayout {
  const sizeOf = options.sizeOf ?? ((node: OstNode) => nodeSize(node));
  const respectCollapsed = options.respectCollapsed ?? true;
  const index = indexTree(doc.nodes);
  const start = options.rootId ? doc.nodes[options.rootId] : rootOf(doc);
  const boxes = new Map<string, NodeBox>();
  const order: string[] = [];
  const edges: TreeLayout['edges'] = [];
  const hiddenCounts = new Map<string, number>();
  if (!start) return { boxes, order, edges, hiddenCounts, bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };

  const buildDatum = (node: OstNode): LayoutDatum => {
    const datum: LayoutDatum = { node, size: sizeOf(node), children: [] };
    const children = childrenOf(index, node.id);
    if (respectCollapsed && node.collapsed && children.length > 0) {
      let hidden = 0;
      walk(index, children, () => {
        hidden += 1;
      });
      hiddenCounts.set(node.id, hidden);
      return datum;
    }
    return datum;
  };

  const rootDatum = buildDatum(start);
  // An explicit stack keeps deep trees from overflowing the call stack.
  const stack: LayoutDatum[] = [rootDatum];
  const seen = new Set<string>([start.id]);
  while (stack.length > 0) {
    const datum = stack.pop()!;
    if (hiddenCounts.has(datum.node.id)) continue;
    for (const child of childrenOf(index, datum.node.id)) {
      if (seen.has(child.id)) continue;
      seen.add(child.id);
      const childDatum = buildDatum(child);
      datum.children.push(childDatum);
      stack.push(childDatum);
    }
  }

  const layout = flextree<LayoutDatum>({
    children: (datum) => (datum.children.length > 0 ? datum.children : null),
    nodeSize: (hierarchyNode) => [hierarchyNode.data.size.width + SIBLING_GAP, hierarchyNode.data.size.height + LEVEL_GAP],
    spacing: (a, b) => (a.data.node.parentId === b.data.node.parentId ? 0 : SIBLING_GAP),
  });
  const root = layout(layout.hierarchy(rootDatum));

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  root.each((hierarchyNode) => {
    const { node, size } = hierarchyNode.data;
    const box: NodeBox = {
      id: node.id,
      x: hierarchyNode.x - size.width / 2,
      y: hierarchyNode.y,
      width: size.width,
      height: size.height,
    };
    boxes.set(node.id, box);
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  });
  walk(index, [start], (node) => {
    if (!boxes.has(node.id)) return false;
    order.push(node.id);
    if (node.parentId !== null && boxes.has(node.parentId) && node.id !== start.id) {
      edges.push({ parentId: node.parentId, childId: node.id });
    }
    return true;
  });
  return { boxes, order, edges, hiddenCounts, bounds: { minX, minY, maxX, maxY } };
}
