import { isInBranch } from '../../domain/branch';
import { useEditor } from '../../store/editor-context';
import { useCanvasView } from '../view-store';

/**
 * Whether a node is dimmed: outside the current presentation step, or outside the focused branch
 * (which keeps the branch node, its ancestors and its subtree).
 */
export function useDimmed(id: string): boolean {
  const outsideStep = useCanvasView((state) => state.stepIds !== null && !state.stepIds.has(id));
  const focusBranchId = useCanvasView((state) => state.focusBranchId);
  const outsideBranch = useEditor((state) => focusBranchId !== null && state.doc.nodes[focusBranchId] !== undefined && !isInBranch(state.doc, focusBranchId, id));
  return outsideStep || outsideBranch;
}
