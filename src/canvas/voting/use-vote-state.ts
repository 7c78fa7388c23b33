import { useEditor } from '../../store/editor-context';
import type { EditorState } from '../../store/editor-store';
import { openVoteRound, ownDotsOn, shownVotes } from '../../domain/voting/vote-rounds';
import type { VoteRound } from '../../domain/types';

const selectOpenRound = (state: EditorState): VoteRound | undefined => openVoteRound(state.doc.meta);

/** The round taking dots now, or undefined; re-renders only when the rounds change. */
export function useOpenVoteRound(): VoteRound | undefined {
  return useEditor(selectOpenRound);
}

/** The count a node shows (undefined: none, or hidden while its round is open). */
export function useShownVotes(nodeId: string): number | undefined {
  return useEditor((state) => shownVotes(state.doc, nodeId));
}

/**
 * For a candidate of the open round, how many of the current voter's own dots sit on it (0 or
 * more); null when the node takes no dots now. Other voters' dots are never read here.
 */
export function useOwnDots(nodeId: string): number | null {
  return useEditor((state) => {
    const round = openVoteRound(state.doc.meta);
    if (!round || !round.candidateIds.includes(nodeId)) return null;
    return ownDotsOn(round, nodeId);
  });
}

/** Whether a click on this node should place a dot instead of selecting it. */
export function isVoteCandidate(state: EditorState, nodeId: string): boolean {
  return openVoteRound(state.doc.meta)?.candidateIds.includes(nodeId) ?? false;
}
