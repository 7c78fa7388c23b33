import { memo, useId, useRef } from 'react';
import { formatMeasure, keyResultLabel } from '../../../domain/key-results/format';
import { currentCheckIn, effectiveDirection, keyResultProgress, roundedProgress } from '../../../domain/key-results/progress';
import type { KeyResult, KeyResultDirection } from '../../../domain/types';
import { useEditorActions } from '../../../store/editor-context';
import { DraftTextField } from '../DraftTextField';
import { formatOptionalNumber, parseOptionalNumber } from '../parse-number';
import { CheckInForm } from './CheckInForm';
import { CheckInList } from './CheckInList';
import { KeyResultChart } from './KeyResultChart';
import { useKeyResultFocus } from './use-key-result-focus';

type FieldRef = HTMLInputElement & HTMLTextAreaElement;

interface KeyResultCardProps {
  nodeId: string;
  keyResult: KeyResult;
  index: number;
  count: number;
}

/**
 * One key result: what is measured, from where to where by when, its progress, chart and check-ins.
 * Memoised: typing the outcome's title must not redraw every chart (a key result keeps its object
 * until it changes).
 */
export const KeyResultCard = memo(function KeyResultCard({ nodeId, keyResult, index, count }: KeyResultCardProps) {
  const id = useId();
  const actions = useEditorActions();
  const nameRef = useRef<FieldRef>(null);
  const baselineRef = useRef<FieldRef>(null);
  const targetRef = useRef<FieldRef>(null);
  const deadlineRef = useRef<HTMLInputElement>(null);
  const checkInRef = useRef<HTMLInputElement>(null);
  const firstMissing = !keyResult.name.trim() ? nameRef : keyResult.baseline === undefined ? baselineRef : keyResult.target === undefined ? targetRef : deadlineRef;
  useKeyResultFocus(nodeId, keyResult.id, { name: nameRef, target: targetRef, 'check-in': checkInRef }, firstMissing);

  const update = (fields: Partial<Omit<KeyResult, 'id' | 'checkIns'>>, label?: string) => actions.updateKeyResult(nodeId, keyResult.id, fields, label);
  const numberCommit = (key: 'baseline' | 'target') => (text: string) => {
    const parsed = parseOptionalNumber(text);
    if (!parsed.ok) return parsed.error;
    update({ [key]: parsed.value });
    return null;
  };
  const progress = keyResultProgress(keyResult);
  const current = currentCheckIn(keyResult);
  const direction = effectiveDirection(keyResult);
  const directionDisagrees = keyResult.direction !== undefined && keyResult.direction !== direction;
  const label = keyResultLabel(keyResult);

  return (
    <fieldset className="key-result-card" data-kr-card={keyResult.id}>
      <legend>
        Key result {index + 1}
        <span className="visually-hidden">: {label}</span>
      </legend>
      <DraftTextField
        label="What changes (behaviour)"
        placeholder="e.g. learners who finish a 7-day streak"
        value={keyResult.name}
        inputRef={nameRef}
        onCommit={(text) => {
          update({ name: text.trim() });
          return null;
        }}
      />
      <div className="field-row">
        <DraftTextField label="Baseline" inputMode="decimal" value={formatOptionalNumber(keyResult.baseline)} inputRef={baselineRef} onCommit={numberCommit('baseline')} />
        <DraftTextField label="Target" inputMode="decimal" value={formatOptionalNumber(keyResult.target)} inputRef={targetRef} onCommit={numberCommit('target')} />
        <DraftTextField
          label="Unit"
          placeholder="%"
          className="field-narrow"
          value={keyResult.unit ?? ''}
          onCommit={(text) => {
            update({ unit: text.trim() || undefined });
            return null;
          }}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-direction`}>Direction</label>
          <select
            id={`${id}-direction`}
            value={keyResult.direction ?? 'increase'}
            onChange={(event) => update({ direction: event.target.value as KeyResultDirection }, 'Edit direction')}
          >
            <option value="increase">Increase</option>
            <option value="decrease">Decrease</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-deadline`}>Deadline</label>
          <input
            id={`${id}-deadline`}
            ref={deadlineRef}
            type="date"
            value={keyResult.deadline ?? ''}
            onChange={(event) => update({ deadline: event.target.value || undefined }, 'Edit deadline')}
          />
        </div>
      </div>
      {directionDisagrees && (
        <p className="field-note">
          The target is {direction === 'increase' ? 'above' : 'below'} the baseline, so progress counts as an {direction}.
        </p>
      )}
      <p className="key-result-progress" data-testid="kr-progress">
        {progress === null
          ? 'Set a baseline and a target to see progress.'
          : `${roundedProgress(progress)} % of the way${current ? ` · now ${formatMeasure(current.value, keyResult.unit)} (${current.date})` : ' · no check-in yet'}`}
      </p>
      <KeyResultChart keyResult={keyResult} />
      <CheckInForm nodeId={nodeId} keyResult={keyResult} valueRef={checkInRef} />
      <CheckInList nodeId={nodeId} keyResult={keyResult} />
      <div className="key-result-actions">
        <button type="button" className="btn" disabled={index === 0} aria-label={`Move key result ${index + 1} up`} onClick={() => actions.moveKeyResult(nodeId, keyResult.id, -1)}>
          ↑ Up
        </button>
        <button type="button" className="btn" disabled={index === count - 1} aria-label={`Move key result ${index + 1} down`} onClick={() => actions.moveKeyResult(nodeId, keyResult.id, 1)}>
          ↓ Down
        </button>
        <button type="button" className="btn btn-danger" aria-label={`Remove key result ${index + 1}`} onClick={() => actions.deleteKeyResult(nodeId, keyResult.id)}>
          Remove
        </button>
      </div>
    </fieldset>
  );
});
