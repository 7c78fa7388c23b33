import { useId, useRef } from 'react';
import { ASSUMPTION_TYPES } from '../../domain/kinds';
import type { AssumptionType, OstNode } from '../../domain/types';
import { useEditorActions } from '../../store/editor-context';
import { DraftTextField } from './DraftTextField';
import { useFocusRequest } from './inspector-focus';
import { optionalTextCommit } from './node-text-commit';

function isAssumptionType(value: string): value is AssumptionType {
  return (ASSUMPTION_TYPES as readonly string[]).includes(value);
}

/** An assumption test: what must be true, what kind of risk it is, how the team will know, what happened. */
export function ExperimentFields({ node }: { node: OstNode }) {
  const id = useId();
  const actions = useEditorActions();
  const criterionRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const resultRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusRequest(node.id, 'successCriterion', criterionRef);
  useFocusRequest(node.id, 'result', resultRef);

  return (
    <div className="inspector-section">
      <DraftTextField
        label="Assumption being tested"
        variant="text"
        placeholder="What must be true for the solution to work?"
        value={node.assumption ?? ''}
        onCommit={optionalTextCommit(actions, node.id, 'assumption', 'Edit assumption')}
      />
      <div className="field">
        <label htmlFor={`${id}-type`}>Assumption type</label>
        <select
          id={`${id}-type`}
          value={node.assumptionType ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            actions.updateNode(node.id, { assumptionType: isAssumptionType(value) ? value : undefined }, 'Edit assumption type');
          }}
        >
          <option value="">Not set</option>
          {ASSUMPTION_TYPES.map((type) => (
            <option key={type} value={type}>
              {type.charAt(0).toUpperCase() + type.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <DraftTextField
        label="Success criterion"
        variant="text"
        placeholder="e.g. at least 6 of 10 participants finish without help"
        value={node.successCriterion ?? ''}
        inputRef={criterionRef}
        onCommit={optionalTextCommit(actions, node.id, 'successCriterion', 'Edit success criterion')}
      />
      <DraftTextField
        label="Result"
        variant="text"
        placeholder="What happened, in numbers where you can"
        value={node.result ?? ''}
        inputRef={resultRef}
        onCommit={optionalTextCommit(actions, node.id, 'result', 'Edit result')}
      />
    </div>
  );
}
