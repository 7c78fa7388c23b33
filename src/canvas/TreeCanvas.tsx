import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  ControlButton,
  getViewportForBounds,
  useReactFlow,
  useStoreApi as useFlowStoreApi,
  useStore as useFlowStore,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useEditor, useEditorActions, useEditorStoreApi } from '../store/editor-context';
import { CanvasSearch } from './CanvasSearch';
import { createFlowElements } from './flow-elements';
import { initialViewport } from './initial-viewport';
import { useCanvasKeyboard } from './keyboard/use-canvas-keyboard';
import { createLayoutMemo } from './layout-memo';
import { nodeTypes } from './nodes/node-types';
import type { OstFlowNode } from './nodes/node-data';
import { useDragReparent } from './use-drag-reparent';
import { TreeMinimap } from './TreeMinimap';
import { useKeepSelectionVisible } from './use-keep-selection-visible';
import { handleVoteClick } from './voting/vote-click';
import { useOpenVoteRound } from './voting/use-vote-state';
import { useVoteKeyboard } from './voting/use-vote-keyboard';
import { VoteBar } from './voting/VoteBar';
import { edgeTypes } from './TreeEdge';
import { useFitRequests } from './use-fit-requests';
import { useRestoreViewport } from './use-restore-viewport';
import { FIT_PADDING, useCanvasView } from './view-store';
import { useTextSize } from '../ui/text-size';

/** Up to this multiple of the fit-view zoom, most of the tree is on screen anyway. */
const WHOLE_TREE_ZOOM_SLACK = 1.25;


function Canvas({ onInspect }: TreeCanvasProps) {
  const layoutMemo = useMemo(createLayoutMemo, []);
  const toFlowElements = useMemo(createFlowElements, []);
  const maxLevels = useCanvasView((state) => state.maxLevels);
  const textScale = useTextSize((state) => state.effective);
  const spacing = useCanvasView((state) => state.spacing);
  const layout = useEditor((state) => layoutMemo(state.doc, maxLevels, textScale, spacing));
  const elements = useEditor((state) => toFlowElements(state.doc, layoutMemo(state.doc, maxLevels, textScale, spacing)));
  const readOnly = useEditor((state) => state.readOnly);
  const actions = useEditorActions();
  const store = useEditorStoreApi();
  const flow = useReactFlow<OstFlowNode>();
  const wrapper = useRef<HTMLDivElement>(null);
  const [nodes, setNodes] = useState<OstFlowNode[]>(elements.nodes);
  const [animated, setAnimated] = useState(false);

  useEffect(() => setNodes(elements.nodes), [elements.nodes]);
  // Animate layout changes only after the first paint, so opening a tree is instant.
  useEffect(() => {
    const timer = window.setTimeout(() => setAnimated(true), 300);
    return () => window.clearTimeout(timer);
  }, []);

  const snapBack = useCallback(() => setNodes(elements.nodes), [elements.nodes]);
  const { onNodeDrag, onNodeDragStop } = useDragReparent(layout, snapBack);
  const onNodesChange = useCallback((changes: NodeChange<OstFlowNode>[]) => {
    // Only drags change positions; sizes come from the layout, so measurements are ignored.
    const moves = changes.filter((change) => change.type === 'position');
    if (moves.length > 0) setNodes((current) => applyNodeChanges(moves, current));
  }, []);

  // Culling off-screen nodes pays while panning a zoomed-in view; with the whole tree on screen it
  // culls nothing and re-computes on every frame, so it is switched off near fit-view zoom.
  const { minX, minY, maxX, maxY } = layout.bounds;
  const wholeTreeInView = useFlowStore(
    useCallback(
      (state) => state.transform[2] <= WHOLE_TREE_ZOOM_SLACK * Math.min(state.width / Math.max(1, maxX - minX), state.height / Math.max(1, maxY - minY)),
      [minX, minY, maxX, maxY],
    ),
  );

  // Fit from the layout, not from React Flow's measurements: nodes off screen are never mounted,
  // so React Flow has measured only some of them.
  const flowStore = useFlowStoreApi();
  const fitAll = useCallback(() => {
    const { width, height, minZoom } = flowStore.getState();
    const bounds = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
    void flow.setViewport(getViewportForBounds(bounds, width, height, minZoom, 1, FIT_PADDING), { duration: 250 });
  }, [flow, flowStore, minX, minY, maxX, maxY]);
  useFitRequests(layout);
  useRestoreViewport();
  // A fresh tree starts with nothing focused and every level shown.
  useEffect(() => () => useCanvasView.getState().reset(), []);
  useCanvasKeyboard({ layout, fitAll, onInspect });
  useVoteKeyboard();
  const votingOpen = useOpenVoteRound() !== undefined;
  useKeepSelectionVisible(layout);

  const defaultViewport = useMemo(() => {
    const element = wrapper.current;
    const width = element?.clientWidth || window.innerWidth - 360;
    const height = element?.clientHeight || window.innerHeight - 56;
    return initialViewport(layout, width, height);
    // Only for the first paint of this tree.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Opening a tree puts focus on the canvas, so its keys work at once (unless a title is being
  // edited: a new tree starts with its outcome's title field focused).
  useEffect(() => {
    if (!store.getState().editingId) wrapper.current?.focus({ preventScroll: true });
  }, [store]);

  const onNodeClick: NodeMouseHandler<OstFlowNode> = useCallback(
    (event, node) => {
      // Presenting, a click changes nothing, not even the selection ring.
      if (readOnly) return;
      // During a voting round a click on a candidate places a dot instead of selecting it.
      if (!handleVoteClick(store, node.id, event)) actions.select(node.id);
      wrapper.current?.focus({ preventScroll: true });
    },
    [actions, readOnly, store],
  );

  return (
    <div
      ref={wrapper}
      className={`tree-canvas${animated ? ' is-animated' : ''}`}
      data-testid="canvas"
      data-region="canvas"
      role="application"
      tabIndex={0}
      aria-label="Tree canvas"
      aria-describedby="canvas-keys-hint"
    >
      <p id="canvas-keys-hint" className="visually-hidden">
        Arrow keys move between nodes; Tab adds a child, Enter a sibling, F2 edits the title, Alt+Enter opens the inspector,
        question mark shows every key, F6 moves to the next region.
      </p>
      <ReactFlow<OstFlowNode>
        nodes={nodes}
        edges={elements.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={onNodeClick}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        nodesDraggable={!readOnly && !votingOpen}
        onPaneClick={() => {
          if (!readOnly) actions.select(null);
        }}
        defaultViewport={defaultViewport}
        minZoom={0.05}
        maxZoom={2}
        onlyRenderVisibleElements={!wholeTreeInView}
        elementsSelectable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        zoomActivationKeyCode={null}
        disableKeyboardA11y
        nodeDragThreshold={6}
        zoomOnDoubleClick={false}
      >
        <Background gap={24} size={1} />
        <TreeMinimap layout={layout} />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={fitAll} title="Fit the whole tree (Shift+1)" aria-label="Fit the whole tree" className="react-flow__controls-fitview">
            <svg viewBox="0 0 32 30" aria-hidden="true">
              <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
            </svg>
          </ControlButton>
        </Controls>
      </ReactFlow>
      <CanvasSearch />
      <VoteBar />
    </div>
  );
}

interface TreeCanvasProps {
  /** Alt+Enter on a selected node: take focus into its inspector. */
  onInspect?: (nodeId: string) => void;
}

/** The tree drawn top-down with React Flow; reads the open tree from the editor store. */
export function TreeCanvas({ onInspect }: TreeCanvasProps = {}) {
  return (
    <ReactFlowProvider>
      <Canvas onInspect={onInspect} />
    </ReactFlowProvider>
  );
}
