import {
  Background,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
  type NodeMouseHandler,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { layoutWithDagre, NODE_WIDTH } from './dagre-layout';
import { saveDocument } from './document-store';
import type { PeerTreeFile, PeerTreeNode } from './tree-file';

type TitleNode = Node<{ label: string; source: PeerTreeNode }>;

const SAVE_DEBOUNCE_MS = 300;
const READING_ZOOM = 0.85;

function toFlow(file: PeerTreeFile): { nodes: TitleNode[]; edges: Edge[] } {
  const nodes: TitleNode[] = file.tree.nodes.map((node) => ({
    id: node.id,
    position: { x: 0, y: 0 },
    data: { label: node.title, source: node },
  }));
  const edges: Edge[] = [];
  for (const node of file.tree.nodes) {
    if (node.parentId !== null) edges.push({ id: `e${node.parentId}-${node.id}`, source: node.parentId, target: node.id, type: 'smoothstep' });
  }
  return { nodes: layoutWithDagre(nodes, edges), edges };
}

function toFile(file: PeerTreeFile, nodes: TitleNode[]): PeerTreeFile {
  const now = new Date().toISOString();
  return {
    ...file,
    exportedAt: now,
    tree: { ...file.tree, updatedAt: now, nodes: nodes.map((node) => ({ ...node.data.source, title: node.data.label })) },
  };
}

/** Opens at reading zoom with the outcome centred at the top, as the app does for large trees. */
function readingViewport(root: TitleNode | undefined): Viewport {
  if (!root) return { x: 0, y: 0, zoom: 1 };
  const centreX = root.position.x + NODE_WIDTH / 2;
  return { x: window.innerWidth / 2 - centreX * READING_ZOOM, y: 40 - root.position.y * READING_ZOOM, zoom: READING_ZOOM };
}

/**
 * A tree editor built the way React Flow tutorials build one: the nodes array in React state,
 * dagre over the whole graph after every change, every node rendered, the default node type, and
 * the whole document saved as one JSON value after each change.
 */
export function PeerApp({ file, storageKey }: { file: PeerTreeFile; storageKey: string }) {
  const initial = useMemo(() => toFlow(file), [file]);
  const [nodes, setNodes, onNodesChange] = useNodesState<TitleNode>(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState<Edge>(initial.edges);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const defaultViewport = useMemo(() => readingViewport(initial.nodes[0]), [initial]);

  const selected = nodes.find((node) => node.id === selectedId);

  const onNodeClick: NodeMouseHandler<TitleNode> = useCallback((_event, node) => setSelectedId(node.id), []);

  const onTitleChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => {
      const title = event.target.value;
      setNodes((current) =>
        layoutWithDagre(
          current.map((node) => (node.id === selectedId ? { ...node, data: { ...node.data, label: title } } : node)),
          edges,
        ),
      );
    },
    [edges, selectedId, setNodes],
  );

  useEffect(() => {
    const timer = window.setTimeout(() => void saveDocument(storageKey, toFile(file, nodes)), SAVE_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [file, nodes, storageKey]);

  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow<TitleNode>
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={onNodeClick}
        defaultViewport={defaultViewport}
        minZoom={0.05}
        nodesConnectable={false}
      >
        <Panel position="top-right">
          <label>
            Title{' '}
            <input data-testid="peer-title" value={selected?.data.label ?? ''} onChange={onTitleChange} disabled={!selected} size={40} />
          </label>
        </Panel>
        <Background />
        <MiniMap />
        <Controls />
      </ReactFlow>
    </div>
  );
}
