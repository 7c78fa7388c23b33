import {
  clearVoteRound,
  nextVoter,
  placeDot,
  revealVoteRound,
  startVoteRound,
  takeBackDot,
  type StartVoteRoundArgs,
} from '../domain/voting/vote-operations';
import type { Apply } from './apply';
import type { EditorActions } from './editor-state';

type VoteActions = Pick<
  EditorActions,
  'startVoteRound' | 'placeDot' | 'takeBackDot' | 'nextVoter' | 'revealVoteRound' | 'clearVoteRound'
>;

/**
 * Dot voting's actions. Each is one undoable step of the open tree: starting, every dot placed or
 * taken back, each pass to the next voter, the reveal and a clear. Undoing back past the start
 * removes the round, so a whole round can be undone step by step; clearing removes it in one step
 * (and undoing the clear brings it back). Placing a dot keeps the selection where it was.
 */
export function createVoteActions(apply: Apply): VoteActions {
  return {
    startVoteRound(args: StartVoteRoundArgs) {
      const outcome = apply((draft) => startVoteRound(draft, args), { label: 'Start voting round' });
      return outcome.ok ? outcome.result : null;
    },
    placeDot(nodeId) {
      return apply((draft) => placeDot(draft, nodeId), { label: 'Place a dot' }).ok;
    },
    takeBackDot(nodeId) {
      return apply((draft) => takeBackDot(draft, nodeId), { label: 'Take back a dot' }).ok;
    },
    nextVoter() {
      return apply((draft) => nextVoter(draft), { label: 'Next voter' }).ok;
    },
    revealVoteRound() {
      return apply((draft) => revealVoteRound(draft), { label: 'Reveal votes' }).ok;
    },
    clearVoteRound(roundId) {
      return apply((draft) => clearVoteRound(draft, roundId), { label: 'Clear voting round' }).ok;
    },
  };
}
