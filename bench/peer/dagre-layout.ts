import dagre from '@dagrejs/dagre';
import { Position, type Edge, type Node } from '@xyflow/react';

// As in React Flow's dagre example: one fixed box size for every node, the whole graph laid out
// top to bottom on each call.
export const NODE_WIDTH = 172;
export const NODE_HEIGHT = 36;

export function layoutWithDagre<NodeType extends Node>(nodes: NodeType[], edges: Edge[]): NodeType[] {
  const start = performance.now();
  const graph = new dagre.graphlib.Graph().setDefaultEdgeLabel(() => ({}));
  graph.setGraph({ rankdir: 'TB' });
  for (const node of nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const edge of edges) graph.setEdge(edge.source, edge.target);
  dagre.layout(graph);
  const laidOut = nodes.map((node) => {
    const { x, y } = graph.node(node.id);
    return {
      ...node,
      targetPosition: Position.Top,
      sourcePosition: Position.Bottom,
      position: { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 },
    };
  });
  // Read by the benchmark, like the app's `ost-layout`.
  performance.measure('peer-layout', { start, end: performance.now() });
  return laidOut;
}
