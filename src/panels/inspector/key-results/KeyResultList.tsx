import { useEffect, useRef, useState } from 'react';
import type { OstNode } from '../../../domain/types';
import { useEditorActions } from '../../../store/editor-context';
import { useInspectorFocus } from '../inspector-focus';
import { OutcomeReview } from '../../review/OutcomeReview';
import { KeyResultCard } from './KeyResultCard';

/** The outcome's key results, in order, and the button that adds one (its name field gets focus). */
export function KeyResultList({ node }: { node: OstNode }) {
  const actions = useEditorActions();
  const addRef = useRef<HTMLButtonElement>(null);
  const keyResults = node.keyResults ?? [];
  const request = useInspectorFocus((state) => state.request);
  const [reviewing, setReviewing] = useState(false);

  // A request for the key results as a whole (no particular one) lands on the add button.
  useEffect(() => {
    if (!request || request.nodeId !== node.id || request.field !== 'key-results' || request.keyResult) return;
    addRef.current?.focus();
    useInspectorFocus.getState().clear();
  }, [request, node.id]);

  function add() {
    const id = actions.addKeyResult(node.id);
    if (id) useInspectorFocus.getState().requestFocus(node.id, 'key-results', { id, part: 'name' });
  }

  return (
    <section className="key-results" aria-label="Key results" data-testid="key-results">
      <h3>Key results</h3>
      {keyResults.length === 0 && <p className="field-note">How will you know the outcome moved? Add a change in behaviour, from a baseline to a target by a date.</p>}
      {keyResults.map((keyResult, index) => (
        <KeyResultCard key={keyResult.id} nodeId={node.id} keyResult={keyResult} index={index} count={keyResults.length} />
      ))}
      <div className="key-result-actions">
        <button ref={addRef} type="button" className="btn" data-testid="add-key-result" onClick={add}>
          + Add key result
        </button>
        <button type="button" className="btn" data-testid="outcome-review-open" onClick={() => setReviewing(true)}>
          Outcome review…
        </button>
      </div>
      {reviewing && (
        <OutcomeReview
          onClose={() => setReviewing(false)}
          onCheckIn={(outcomeId, keyResultId) => {
            setReviewing(false);
            useInspectorFocus.getState().requestFocus(outcomeId, 'key-results', { id: keyResultId, part: 'check-in' });
          }}
        />
      )}
    </section>
  );
}
