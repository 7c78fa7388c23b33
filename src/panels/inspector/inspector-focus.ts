import { useEffect, type RefObject } from 'react';
import { create } from 'zustand';

/** Inspector places a fix can send the user to. */
export type InspectorField = 'title' | 'status' | 'key-results' | 'successCriterion' | 'result' | 'evidence-picker';

/** Which part of one key result a request focuses. */
export type KeyResultPart = 'name' | 'target' | 'check-in' | 'first-missing';

export interface FocusRequest {
  nodeId: string;
  field: InspectorField;
  /** For 'key-results': the key result, and which of its fields. */
  keyResult?: { id: string; part: KeyResultPart };
}

interface InspectorFocusState {
  request: FocusRequest | null;
  /** Asks the inspector to focus a field of a node once it shows that node. */
  requestFocus(nodeId: string, field: InspectorField, keyResult?: FocusRequest['keyResult']): void;
  clear(): void;
}

// Outside the editor store on purpose: where focus goes is not part of the tree or its history.
export const useInspectorFocus = create<InspectorFocusState>()((set) => ({
  request: null,
  requestFocus: (nodeId, field, keyResult) => set({ request: keyResult ? { nodeId, field, keyResult } : { nodeId, field } }),
  clear: () => set({ request: null }),
}));

/** Focuses (and scrolls to) `ref` when a request names this field of this node, then drops it. */
export function useFocusRequest(nodeId: string, field: InspectorField, ref: RefObject<HTMLElement | null>): void {
  const request = useInspectorFocus((state) => state.request);
  useEffect(() => {
    if (!request || request.nodeId !== nodeId || request.field !== field || request.keyResult) return;
    const element = ref.current;
    if (!element) return;
    element.focus();
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
    useInspectorFocus.getState().clear();
  }, [request, nodeId, field, ref]);
}
