import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_DOTS_PER_VOTER, MAX_VOTERS } from '../../domain/file-format/limits';
import { siblingsOf } from '../../domain/operations/ranks';
import { DEFAULT_DOTS_PER_VOTER, DEFAULT_VOTERS } from '../../domain/voting/vote-rounds';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { Modal } from '../../ui/Modal';
import { focusCanvas } from '../focus-canvas';

/** Sets up a round on the selected node's children: how many voters, how many dots each. */
export function VoteStartDialog({ onClose }: { onClose: () => void }) {
  const selectedId = useEditor((state) => state.selectedId);
  const parent = useEditor((state) => (state.selectedId ? state.doc.nodes[state.selectedId] : undefined));
  const candidateCount = useEditor((state) => (state.selectedId ? siblingsOf(state.doc, state.selectedId).length : 0));
  const rounds = useEditor((state) => state.doc.meta.voteRounds);
  const earlierRounds = rounds?.filter((round) => round.parentId === selectedId) ?? [];
  const actions = useEditorActions();
  const [voters, setVoters] = useState(String(DEFAULT_VOTERS));
  const [dots, setDots] = useState(String(DEFAULT_DOTS_PER_VOTER));
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);

  const usable = parent !== undefined && candidateCount >= 2;
  const title = parent?.title.trim() || (parent ? `Untitled ${parent.kind}` : '');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!selectedId) return;
    const voterCount = wholeNumber(voters, 1, MAX_VOTERS);
    const dotCount = wholeNumber(dots, 1, MAX_DOTS_PER_VOTER);
    if (voterCount === null) return setError(`Voters: a whole number from 1 to ${MAX_VOTERS}.`);
    if (dotCount === null) return setError(`Dots each: a whole number from 1 to ${MAX_DOTS_PER_VOTER}.`);
    if (actions.startVoteRound({ parentId: selectedId, voters: voterCount, dotsPerVoter: dotCount })) {
      onClose();
      focusCanvas();
    }
  }

  return (
    <Modal titleId="vote-start-title" onClose={onClose}>
      <form className="vote-start-form" onSubmit={submit} noValidate>
        <h2 id="vote-start-title">Dot voting</h2>
        {usable ? (
          <p>
            Vote on the {candidateCount} children of “<bdi>{title}</bdi>”. Each voter in turn places their dots
            by clicking nodes (Shift+click takes one back); nobody sees the others’ dots until you reveal them.
          </p>
        ) : (
          <p role="alert">Select a node with at least two children first: dot voting compares options side by side.</p>
        )}
        <div className="vote-start-fields">
          <label>
            Voters
            <input ref={first} type="number" inputMode="numeric" min={1} max={MAX_VOTERS} value={voters} data-testid="vote-voters" onChange={(event) => setVoters(event.target.value)} />
          </label>
          <label>
            Dots each
            <input type="number" inputMode="numeric" min={1} max={MAX_DOTS_PER_VOTER} value={dots} data-testid="vote-dots" onChange={(event) => setDots(event.target.value)} />
          </label>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="vote-start-actions">
          {earlierRounds.length > 0 && (
            <button
              type="button"
              className="btn btn-ghost"
              data-testid="vote-clear-earlier"
              onClick={() => {
                for (const round of earlierRounds) actions.clearVoteRound(round.id);
              }}
            >
              Clear earlier results here ({earlierRounds.length})
            </button>
          )}
          <span className="header-spacer" />
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="vote-start-confirm" disabled={!usable}>
            Start voting
          </button>
        </div>
      </form>
    </Modal>
  );
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}
