import { useReactFlow, type Viewport } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useEditor } from '../store/editor-context';

/**
 * Remembers the view when the tree becomes read-only (present mode starts) and goes back to it
 * when editing is possible again, so leaving a presentation returns to where you were.
 */
export function useRestoreViewport(): void {
  const readOnly = useEditor((state) => state.readOnly);
  const flow = useReactFlow();
  const saved = useRef<Viewport | null>(null);
  useEffect(() => {
    if (readOnly) {
      saved.current = flow.getViewport();
      return;
    }
    if (saved.current) {
      void flow.setViewport(saved.current, { duration: 200 });
      saved.current = null;
    }
  }, [readOnly, flow]);
}
