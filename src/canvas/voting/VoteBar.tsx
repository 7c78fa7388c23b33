import { useState } from 'react';
import { dotsLeft, roundTotals } from '../../domain/voting/vote-rounds';
import type { VoteRound } from '../../domain/types';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { focusCanvas } from '../focus-canvas';
import { useOpenVoteRound } from './use-vote-state';
import './voting.css';

/**
 * The facilitator's bar over the canvas while a round is open (whose turn, dots left, take back,
 * next voter, reveal, clear), then the revealed totals until closed.
 */
export function VoteBar() {
  const round = useOpenVoteRound();
  const latest = useEditor((state) => state.doc.meta.voteRounds?.at(-1));
  const readOnly = useEditor((state) => state.readOnly);
  // A round revealed before this tree was opened does not pop its results up again.
  const [closedId, setClosedId] = useState<string | undefined>(() => (latest?.revealed ? latest.id : undefined));
  // Presenting, the counts on the nodes speak for themselves; the bar's buttons would do nothing.
  if (readOnly) return null;
  if (round) return <OpenRoundBar round={round} />;
  if (latest?.revealed && latest.id !== closedId) return <ResultsBar round={latest} onClose={() => setClosedId(latest.id)} />;
  return null;
}

function OpenRoundBar({ round }: { round: VoteRound }) {
  const actions = useEditorActions();
  const parentTitle = useEditor((state) => state.doc.nodes[round.parentId]?.title ?? '');
  const left = dotsLeft(round);
  const placed = round.dotsPerVoter - left;
  const lastVoter = round.currentVoter >= round.voters - 1;
  const act = (run: () => unknown) => () => {
    run();
    focusCanvas();
  };
  return (
    <section className="vote-bar" data-testid="vote-bar" aria-label="Dot voting">
      <div className="vote-bar-status" aria-live="polite">
        <strong data-testid="vote-voter">
          Voter {round.currentVoter + 1} of {round.voters}
        </strong>
        <span className="vote-dots-left" data-testid="vote-dots-left" data-left={left}>
          <span aria-hidden="true">{'●'.repeat(placed)}{'○'.repeat(left)}</span> {left} of {round.dotsPerVoter} {round.dotsPerVoter === 1 ? 'dot' : 'dots'} left
        </span>
        <span className="vote-bar-hint">
          on the children of “<bdi>{parentTitle.trim() || 'untitled node'}</bdi>”: click to add a dot, Shift+click to take one back
        </span>
      </div>
      <div className="vote-bar-actions">
        <button type="button" className="btn" data-testid="vote-take-back" disabled={placed === 0} onClick={act(() => actions.takeBackDot())} title="Take back your latest dot (Alt+, on a node)">
          Take back
        </button>
        <button type="button" className="btn" data-testid="vote-next" onClick={act(() => actions.nextVoter())} title={lastVoter ? "Everyone has voted: reveal the dots" : "Hand over to the next voter (Alt+N)"}>
          Next voter →
        </button>
        <button type="button" className="btn btn-primary" data-testid="vote-reveal" onClick={act(() => actions.revealVoteRound())} title="Show everyone's dots (Alt+R)">
          Reveal
        </button>
        <button type="button" className="btn btn-ghost" data-testid="vote-clear" onClick={act(() => actions.clearVoteRound(round.id))} title="Discard this round and its dots (undoable)">
          Clear round
        </button>
      </div>
    </section>
  );
}

function ResultsBar({ round, onClose }: { round: VoteRound; onClose: () => void }) {
  const actions = useEditorActions();
  const nodes = useEditor((state) => state.doc.nodes);
  const titles = round.candidateIds.map((id) => nodes[id]?.title ?? '');
  const totals = roundTotals(round);
  const ranked = round.candidateIds
    .map((id, position) => ({ id, title: titles[position] ?? '', total: totals.get(id) ?? 0 }))
    .sort((a, b) => b.total - a.total);
  const dotsPlaced = ranked.reduce((sum, row) => sum + row.total, 0);
  return (
    <section className="vote-bar is-results" data-testid="vote-results" aria-label="Voting results">
      <div className="vote-bar-status" aria-live="polite">
        <strong>Votes revealed</strong>
        <span>
          {dotsPlaced} {dotsPlaced === 1 ? 'dot' : 'dots'} from {round.voters} {round.voters === 1 ? 'voter' : 'voters'}:
        </span>
        <ol className="vote-results-list">
          {ranked.map((row) => (
            <li key={row.id} data-node-id={row.id} data-total={row.total}>
              <bdi>{row.title.trim() || 'Untitled'}</bdi> <strong>{row.total}</strong>
            </li>
          ))}
        </ol>
      </div>
      <div className="vote-bar-actions">
        <button type="button" className="btn btn-ghost" data-testid="vote-clear" onClick={() => actions.clearVoteRound(round.id)} title="Remove this round and its totals (undoable)">
          Clear round
        </button>
        <button type="button" className="btn" data-testid="vote-results-close" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
