import { useReactFlow, useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import type { TreeLayout } from '../domain/layout';
import type { NodeKind, TreeDoc } from '../domain/types';
import { useEditor } from '../store/editor-context';

const WIDTH = 160;
const HEIGHT = 110;
const KIND_COLOUR: Record<NodeKind, string> = {
  outcome: '#5b21b6',
  opportunity: '#1d4ed8',
  solution: '#15803d',
  experiment: '#b45309',
};

interface MapScale {
  scale: number;
  offsetX: number;
  offsetY: number;
}

function scaleFor(layout: TreeLayout): MapScale {
  const { minX, minY, maxX, maxY } = layout.bounds;
  const scale = Math.min(WIDTH / Math.max(1, maxX - minX), HEIGHT / Math.max(1, maxY - minY));
  return {
    scale,
    offsetX: (WIDTH - (maxX - minX) * scale) / 2 - minX * scale,
    offsetY: (HEIGHT - (maxY - minY) * scale) / 2 - minY * scale,
  };
}

const selectViewport = (state: ReactFlowState) => `${state.transform.join(',')},${state.width},${state.height}`;

/**
 * An overview of the whole tree with the visible part outlined. The tree is drawn once per layout
 * on a canvas; panning only moves the outline, so it costs nothing per frame however big the tree
 * (React Flow's own minimap redraws every node's rectangle on each frame of a pan).
 */
export function TreeMinimap({ layout }: { layout: TreeLayout }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const doc = useEditor((state) => state.doc);
  const viewportKey = useFlowStore(selectViewport);
  const flow = useReactFlow();
  const map = scaleFor(layout);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    drawTree(context, layout, doc, scaleFor(layout));
    // Redraw when the layout changes; a title edit within a line changes nothing here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [layout]);

  const [panX, panY, zoom, width, height] = viewportKey.split(',').map(Number) as [number, number, number, number, number];
  const outline = {
    left: (-panX / zoom) * map.scale + map.offsetX,
    top: (-panY / zoom) * map.scale + map.offsetY,
    width: (width / zoom) * map.scale,
    height: (height / zoom) * map.scale,
  };

  function centreOn(event: PointerEvent<HTMLDivElement>) {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - bounds.left - map.offsetX) / map.scale;
    const y = (event.clientY - bounds.top - map.offsetY) / map.scale;
    void flow.setCenter(x, y, { zoom });
  }

  return (
    <div
      className="tree-minimap nodrag nopan nowheel"
      role="img"
      aria-label="Overview of the whole tree; click or drag to move the view"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture?.(event.pointerId);
        centreOn(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons === 1) centreOn(event);
      }}
    >
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} />
      <div
        className="tree-minimap-view"
        style={{ transform: `translate(${outline.left}px, ${outline.top}px)`, width: outline.width, height: outline.height }}
      />
    </div>
  );
}

function drawTree(context: CanvasRenderingContext2D, layout: TreeLayout, doc: TreeDoc, map: MapScale): void {
  context.clearRect(0, 0, WIDTH, HEIGHT);
  for (const box of layout.boxes.values()) {
    const kind = doc.nodes[box.id]?.kind ?? 'opportunity';
    context.fillStyle = KIND_COLOUR[kind];
    context.fillRect(
      box.x * map.scale + map.offsetX,
      box.y * map.scale + map.offsetY,
      Math.max(1, box.width * map.scale),
      Math.max(1, box.height * map.scale),
    );
  }
}
