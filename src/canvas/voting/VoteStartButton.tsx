import { lazy, Suspense } from 'react';
import { useOpenVoteRound } from './use-vote-state';
import { useVotingUi } from './voting-ui-store';
import './voting.css';

// Not needed for the editor's first paint: loaded the first time a round is being set up.
const VoteStartDialog = lazy(() => import('./VoteStartDialog').then((module) => ({ default: module.VoteStartDialog })));

/** The header's "Vote" button (Alt+V) and the dialog it opens; disabled while a round is open. */
export function VoteStartButton() {
  const open = useVotingUi((state) => state.startDialogOpen);
  const ui = useVotingUi.getState();
  const roundOpen = useOpenVoteRound() !== undefined;
  return (
    <>
      <button
        type="button"
        className="btn"
        data-testid="vote-start"
        disabled={roundOpen}
        onClick={ui.openStartDialog}
        title={roundOpen ? 'A voting round is open' : 'Dot voting on the selected node’s children (Alt+V)'}
      >
        ● Vote
      </button>
      {open && !roundOpen && (
        <Suspense fallback={null}>
          <VoteStartDialog onClose={ui.closeStartDialog} />
        </Suspense>
      )}
    </>
  );
}
