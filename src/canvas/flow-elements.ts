import { Position } from '@xyflow/react';
import type { TreeFlowEdge } from './TreeEdge';
import type { EdgeLanes, TreeLayout } from '../domain/layout';
import { indexTree, childrenOf } from '../domain/tree-index';
import type { TreeDoc } from '../domain/types';
import type { OstFlowNode } from './nodes/node-data';

/**
 * Turns a layout into React Flow nodes and edges, reusing the previous objects where nothing
 * changed so that React Flow re-renders only the nodes that moved.
 */
export function createFlowElements() {
  let nodeCache = new Map<string, OstFlowNode>();
  let edgeCache = new Map<string, TreeFlowEdge>();
  let lastLayout: TreeLayout | null = null;
  let lastResult: { nodes: OstFlowNode[]; edges: TreeFlowEdge[] } = { nodes: [], edges: [] };

  // Kinds never change and child counts change only with the layout, so the layout is the key.
  return (doc: TreeDoc, layout: TreeLayout): { nodes: OstFlowNode[]; edges: TreeFlowEdge[] } => {
    if (layout === lastLayout) return lastResult;
    const index = indexTree(doc.nodes);
    const nextNodeCache = new Map<string, OstFlowNode>();
    const nodes: OstFlowNode[] = [];
    for (const id of layout.order) {
      const box = layout.boxes.get(id)!;
      const kind = doc.nodes[id]!.kind;
      const hiddenCount = layout.hiddenCounts.get(id) ?? 0;
      const hasChildren = childrenOf(index, id).length > 0;
      const previous = nodeCache.get(id);
      const reusable =
        previous &&
        previous.type === kind &&
        previous.position.x === box.x &&
        previous.position.y === box.y &&
        previous.width === box.width &&
        previous.height === box.height &&
        previous.data.hiddenCount === hiddenCount &&
        previous.data.hasChildren === hasChildren;
      const flowNode: OstFlowNode = reusable
        ? previous
        : {
            id,
            type: kind,
            position: { x: box.x, y: box.y },
            width: box.width,
            height: box.height,
            // Known handle positions let React Flow draw edges and cull off-screen nodes without
            // first mounting every node to measure it (which costs seconds on a 10,000-node open).
            handles: [
              { id: 'top', type: 'target', position: Position.Top, x: box.width / 2, y: 0, width: 1, height: 1 },
              { id: 'left', type: 'target', position: Position.Left, x: 0, y: box.height / 2, width: 1, height: 1 },
              { id: 'bottom', type: 'source', position: Position.Bottom, x: box.width / 2, y: box.height - 1, width: 1, height: 1 },
              { id: 'right', type: 'source', position: Position.Right, x: box.width - 1, y: box.height / 2, width: 1, height: 1 },
            ],
            data: { hiddenCount, hasChildren },
          };
      nextNodeCache.set(id, flowNode);
      nodes.push(flowNode);
    }
    const nextEdgeCache = new Map<string, TreeFlowEdge>();
    const edges: TreeFlowEdge[] = [];
    for (const { parentId, childId, route, lanes } of layout.edges) {
      const id = `${parentId}->${childId}`;
      const cached = edgeCache.get(id);
      const edge: TreeFlowEdge =
        cached && cached.data?.route === route && sameLanes(cached.data.lanes, lanes)
          ? cached
          : {
              id,
              source: parentId,
              target: childId,
              sourceHandle: route === 'right' || route === 'grid' ? 'right' : 'bottom',
              targetHandle: route === 'down' ? 'top' : 'left',
              type: 'tree',
              focusable: false,
              data: { route, lanes },
            };
      nextEdgeCache.set(id, edge);
      edges.push(edge);
    }
    nodeCache = nextNodeCache;
    edgeCache = nextEdgeCache;
    lastLayout = layout;
    lastResult = { nodes, edges };
    return lastResult;
  };
}

function sameLanes(a: EdgeLanes | undefined, b: EdgeLanes | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.fromParent === b.fromParent && a.toChild === b.toChild && a.lift === b.lift);
}
