import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect } from 'react';
import type { TreeLayout } from '../domain/layout';
import { useEditor } from '../store/editor-context';

const MARGIN = 40;

/** Pans (never zooms) so the selected node is on screen, e.g. after arrow keys or a findings click. */
export function useKeepSelectionVisible(layout: TreeLayout): void {
  const selectedId = useEditor((state) => state.selectedId);
  const flow = useReactFlow();
  const flowStore = useStoreApi();

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
