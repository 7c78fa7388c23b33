import { useId, useState, type FormEvent, type Ref } from 'react';
import { useJournalledForm } from '../../../ui/use-journalled-form';
import { localToday } from '../../../domain/key-results/calendar-date';
import { MAX_TEXT_LENGTH } from '../../../domain/file-format/limits';
import type { KeyResult } from '../../../domain/types';
import { useEditor, useEditorActions, useEditorStoreApi } from '../../../store/editor-context';
import { parseOptionalNumber } from '../parse-number';

interface CheckInFormProps {
  nodeId: string;
  keyResult: KeyResult;
  valueRef: Ref<HTMLInputElement>;
}

interface CheckInFields {
  value: string;
  date: string;
  note: string;
}

/**
 * Records a check-in in a couple of keys: type the value, press Enter (the date defaults to today;
 * a note is optional). The value field keeps focus for the next reading. What is typed and not yet
 * recorded survives a reload, a closed tab and leaving the node (ui/form-drafts.ts).
 */
export function CheckInForm({ nodeId, keyResult, valueRef }: CheckInFormProps) {
  const id = useId();
  const actions = useEditorActions();
  const store = useEditorStoreApi();
  const treeId = useEditor((state) => state.doc.meta.id);
  const empty = (): CheckInFields => ({ value: '', date: localToday(), note: '' });
  const form = useJournalledForm<CheckInFields>(treeId, `check-in:${nodeId}:${keyResult.id}`, empty);
  const { value, date, note } = form.value;
  const setField = (fields: Partial<CheckInFields>) => form.set((current) => ({ ...current, ...fields }));
  const [error, setError] = useState<string | null>(null);

  function record(event: FormEvent) {
    event.preventDefault();
    const parsed = parseOptionalNumber(value);
    if (!parsed.ok) return setError(parsed.error);
    if (parsed.value === undefined) return setError('Enter the value measured, like 24.');
    const index = actions.addCheckIn(nodeId, keyResult.id, { date, value: parsed.value, ...(note.trim() ? { note } : {}) });
    if (index === null) return setError(store.getState().notice?.message ?? 'The check-in could not be recorded.');
    form.reset({ ...empty(), date });
    setError(null);
  }

  return (
    <form className="check-in-form" onSubmit={record} aria-label={`Record a check-in of key result ${keyResult.name || 'untitled'}`}>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-value`}>New check-in value</label>
          <input
            id={`${id}-value`}
            ref={valueRef}
            inputMode="decimal"
            value={value}
            placeholder={keyResult.unit ? `in ${keyResult.unit}` : 'value'}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setField({ value: event.target.value });
              setError(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input id={`${id}-date`} type="date" value={date} required onChange={(event) => setField({ date: event.target.value })} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} value={note} maxLength={MAX_TEXT_LENGTH} onChange={(event) => setField({ note: event.target.value })} />
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn">
        Record check-in
      </button>
    </form>
  );
}
