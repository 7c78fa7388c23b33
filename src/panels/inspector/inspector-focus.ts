import { useEffect, type RefObject } from 'react';
import { create } from 'zustand';

/** Inspector places a fix can send the user to. */
export type InspectorField = 'title' | 'status' | 'key-results' | 'successCriterion' | 'result' | 'evidence-picker';

interface FocusRequest {
  nodeId: string;
  field: InspectorField;
}

interface InspectorFocusState {
  request: FocusRequest | null;
  /** Asks the inspector to focus a field of a node once it shows that node. */
  requestFocus(nodeId: string, field: InspectorField): void;
  clear(): void;
}

// Outside the editor store on purpose: where focus goes is not part of the tree or its history.
export const useInspectorFocus = create<InspectorFocusState>()((set) => ({
  request: null,
  requestFocus: (nodeId, field) => set({ request: { nodeId, field } }),
  clear: () => set({ request: null }),
}));

/** Focuses (and scrolls to) `ref` when a request names this field of this node, then drops it. */
export function useFocusRequest(nodeId: string, field: InspectorField, ref: RefObject<HTMLElement | null>): void {
  const request = useInspectorFocus((state) => state.request);
  useEffect(() => {
    if (!request || request.nodeId !== nodeId || request.field !== field) return;
    const element = ref.current;
    if (!element) return;
    element.focus();
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
    useInspectorFocus.getState().clear();
  }, [request, nodeId, field, ref]);
}
