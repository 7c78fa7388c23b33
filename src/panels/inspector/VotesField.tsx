import { useId } from 'react';
import { shownVotes, votesComeFromRound } from '../../domain/voting/vote-rounds';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { DraftTextField } from './DraftTextField';
import { formatOptionalNumber, parseVotes } from './parse-number';

/**
 * A node's votes. Typed by hand when no voting round covers the node (a count from a paper
 * workshop, or an old file); read-only when a round does: then the round's dots are the count,
 * hidden until the round is revealed.
 */
export function VotesField({ nodeId }: { nodeId: string }) {
  const id = useId();
  const typed = useEditor((state) => state.doc.nodes[nodeId]?.votes);
  const fromRound = useEditor((state) => votesComeFromRound(state.doc, nodeId));
  const shown = useEditor((state) => shownVotes(state.doc, nodeId));
  const actions = useEditorActions();

  if (fromRound) {
    return (
      <div className="field field-narrow" data-testid="votes-from-round">
        <span className="field-label" id={id}>
          Votes
        </span>
        <output aria-labelledby={id}>{shown === undefined ? 'Hidden until the round is revealed' : shown}</output>
        <p className="field-note">Counted from the dot-voting round; clear the round to type a number instead.</p>
      </div>
    );
  }
  return (
    <DraftTextField
      label="Votes"
      inputMode="numeric"
      className="field-narrow"
      hint="Dot votes from a workshop (or start a voting round on the parent: ● Vote)."
      value={formatOptionalNumber(typed)}
      onCommit={(text) => {
        const parsed = parseVotes(text);
        if (!parsed.ok) return parsed.error;
        actions.updateNode(nodeId, { votes: parsed.value }, 'Edit votes');
        return null;
      }}
    />
  );
}
