import { formatMeasure } from '../../../domain/key-results/format';
import type { CheckIn, KeyResult } from '../../../domain/types';
import { useEditorActions } from '../../../store/editor-context';
import { DraftTextField } from '../DraftTextField';
import { formatOptionalNumber, parseOptionalNumber } from '../parse-number';

interface CheckInListProps {
  nodeId: string;
  keyResult: KeyResult;
}

/** The key result's check-ins, newest first, each editable (date, value, note) and deletable. */
export function CheckInList({ nodeId, keyResult }: CheckInListProps) {
  const checkIns = keyResult.checkIns ?? [];
  if (checkIns.length === 0) return null;
  const newestFirst = checkIns.map((checkIn, index) => ({ checkIn, index })).reverse();
  return (
    <details className="check-in-list">
      <summary>
        {checkIns.length} {checkIns.length === 1 ? 'check-in' : 'check-ins'}
      </summary>
      <ol reversed>
        {newestFirst.map(({ checkIn, index }) => (
          <CheckInRow key={`${index}:${checkIn.date}`} nodeId={nodeId} keyResult={keyResult} checkIn={checkIn} index={index} />
        ))}
      </ol>
    </details>
  );
}

function CheckInRow({ nodeId, keyResult, checkIn, index }: { nodeId: string; keyResult: KeyResult; checkIn: CheckIn; index: number }) {
  const actions = useEditorActions();
  const write = (next: CheckIn) => actions.updateCheckIn(nodeId, keyResult.id, index, next);
  const described = `${formatMeasure(checkIn.value, keyResult.unit)} on ${checkIn.date}`;
  return (
    // A group named for its check-in, so its Date, Value and Note fields are told apart from the
    // other rows' and from the new check-in's.
    <li className="check-in-row" data-check-in-index={index} role="group" aria-label={`Check-in of ${described}`}>
      <div className="field">
        <label htmlFor={`ci-${keyResult.id}-${index}-date`}>Date</label>
        <input
          id={`ci-${keyResult.id}-${index}-date`}
          type="date"
          value={checkIn.date}
          onChange={(event) => {
            if (event.target.value) write({ ...checkIn, date: event.target.value });
          }}
        />
      </div>
      <DraftTextField
        label="Value"
        inputMode="decimal"
        className="field-narrow"
        value={formatOptionalNumber(checkIn.value)}
        onCommit={(text) => {
          const parsed = parseOptionalNumber(text);
          if (!parsed.ok) return parsed.error;
          if (parsed.value === undefined) return 'A check-in needs a value; delete it instead.';
          return write({ ...checkIn, value: parsed.value }) === null ? 'The check-in could not be changed.' : null;
        }}
      />
      <DraftTextField
        label="Note"
        value={checkIn.note ?? ''}
        onCommit={(text) => {
          const { note: _note, ...rest } = checkIn;
          write(text.trim() ? { ...rest, note: text } : rest);
          return null;
        }}
      />
      <button type="button" className="btn btn-danger" aria-label={`Delete the check-in of ${described}`} onClick={() => actions.deleteCheckIn(nodeId, keyResult.id, index)}>
        Delete
      </button>
    </li>
  );
}
