import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { TreeLayout } from '../domain/layout';
import { useEditor } from '../store/editor-context';

const MARGIN = 40;

/**
 * Pans so the selected node is on screen (e.g. after arrow keys), and centres a node the user
 * asked to see (a finding, a search match).
 */
export function useKeepSelectionVisible(layout: TreeLayout): void {
  const selectedId = useEditor((state) => state.selectedId);
  const revealRequest = useEditor((state) => state.revealRequest);
  const flow = useReactFlow();
  const flowStore = useStoreApi();

  useEffect(() => {
    if (!revealRequest) return;
    const box = layout.boxes.get(revealRequest.id);
    if (!box) return;
    const zoom = Math.max(flowStore.getState().transform[2], 0.7);
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 250 });
    // Layout is read when the request arrives; re-running on layout changes would re-centre.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealRequest, flow, flowStore]);

  useEffect(() => {
    if (!selectedId) return;
    const box = layout.boxes.get(selectedId);
    if (!box) return;
    const { transform, width, height } = flowStore.getState();
    const [panX, panY, zoom] = transform;
    const left = box.x * zoom + panX;
    const top = box.y * zoom + panY;
    const right = left + box.width * zoom;
    const bottom = top + box.height * zoom;
    const inView = left >= MARGIN && top >= MARGIN && right <= width - MARGIN && bottom <= height - MARGIN;
    if (!inView && width > 0) {
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom: Math.max(zoom, 0.6), duration: 200 });
    }
  }, [selectedId, layout, flow, flowStore]);
}
