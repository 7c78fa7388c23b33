import type { EditorStore } from '../../store/editor-store';
import { isVoteCandidate } from './use-vote-state';

/**
 * A click on a node during an open round: on a candidate it places one of the current voter's
 * dots (Shift or Alt + click takes one back) and returns true, so the canvas neither selects nor
 * edits the node. Returns false for every other node and when no round is open.
 */
export function handleVoteClick(store: EditorStore, nodeId: string, event: { shiftKey: boolean; altKey: boolean }): boolean {
  const state = store.getState();
  if (!isVoteCandidate(state, nodeId)) return false;
  if (event.shiftKey || event.altKey) state.actions.takeBackDot(nodeId);
  else state.actions.placeDot(nodeId);
  return true;
}
