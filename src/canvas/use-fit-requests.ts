import { getViewportForBounds, useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { TreeLayout } from '../domain/layout';
import { useCanvasView } from './view-store';

/** Most a fit may zoom in: a single node is not blown up past this. */
const MAX_FIT_ZOOM = 2;
/** A resize this soon after a request (the side panel and header leaving for present mode) fits again. */
const REFIT_AFTER_RESIZE_MS = 1500;

/**
 * Carries out the view store's fit requests (focus a branch, a presentation step, levels): fits
 * the asked nodes, or the whole tree, into the canvas from the layout's boxes. The layout, not
 * React Flow's measurements, gives the bounds, since off-screen nodes are never measured.
 */
export function useFitRequests(layout: TreeLayout): void {
  const request = useCanvasView((state) => state.fitRequest);
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const paneWidth = useStore((state) => state.width);
  const paneHeight = useStore((state) => state.height);
  const requestedAt = useRef({ tick: -1, time: 0 });
  useEffect(() => {
    if (!request) return;
    const now = performance.now();
    if (requestedAt.current.tick !== request.tick) requestedAt.current = { tick: request.tick, time: now };
    else if (now - requestedAt.current.time > REFIT_AFTER_RESIZE_MS) return;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const ids = request.ids ?? layout.order;
    for (const id of ids) {
      const box = layout.boxes.get(id);
      if (!box) continue;
      minX = Math.min(minX, box.x);
      minY = Math.min(minY, box.y);
      maxX = Math.max(maxX, box.x + box.width);
      maxY = Math.max(maxY, box.y + box.height);
    }
    if (!Number.isFinite(minX)) return;
    const { width, height, minZoom } = flowStore.getState();
    if (width === 0 || height === 0) return;
    const free = width * (1 - request.rightInset);
    // The free area starts at the view's top-left corner, so fitting into a smaller one leaves the insets clear.
    const freeHeight = Math.max(1, height - request.bottomInset);
    const viewport = getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, free, freeHeight, minZoom, MAX_FIT_ZOOM, request.padding);
    void flow.setViewport(viewport, { duration: 250 });
    // Only a new request (or a resize right after one) fits; a later layout change (an edit)
    // leaves the view where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, paneWidth, paneHeight]);
}
