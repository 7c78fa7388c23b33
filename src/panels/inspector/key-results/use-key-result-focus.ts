import { useEffect, type RefObject } from 'react';
import { useInspectorFocus, type KeyResultPart } from '../inspector-focus';

type Focusable = RefObject<HTMLElement | null>;

/**
 * Focuses the part of one key result a fix or the add button asked for (its name, target, the
 * check-in value, or the first of name/baseline/target/deadline still missing), then drops the request.
 */
export function useKeyResultFocus(nodeId: string, keyResultId: string, refs: Record<Exclude<KeyResultPart, 'first-missing'>, Focusable>, firstMissing: Focusable): void {
  const request = useInspectorFocus((state) => state.request);
  useEffect(() => {
    if (!request || request.nodeId !== nodeId || request.field !== 'key-results' || request.keyResult?.id !== keyResultId) return;
    const part = request.keyResult.part;
    const element = (part === 'first-missing' ? firstMissing : refs[part]).current;
    if (!element) return;
    element.focus();
    if (typeof element.scrollIntoView === 'function') element.scrollIntoView({ block: 'nearest' });
    useInspectorFocus.getState().clear();
  });
}
