import { useId } from 'react';
import { dayNumber, localToday } from '../../domain/key-results/calendar-date';
import { formatMeasure, keyResultLabel } from '../../domain/key-results/format';
import { roundedProgress } from '../../domain/key-results/progress';
import { reviewRows } from '../../domain/key-results/review-rows';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { Modal } from '../../ui/Modal';
import { Sparkline } from './Sparkline';
import './review.css';

/**
 * The weekly review: every key result of the tree with its progress, a sparkline of its
 * check-ins, the last check-in and whether one is due. "Check in" takes the user to the key
 * result's check-in field in the inspector.
 */
export function OutcomeReview({ onClose, onCheckIn }: { onClose: () => void; onCheckIn: (outcomeId: string, keyResultId: string) => void }) {
  const titleId = useId();
  const doc = useEditor((state) => state.doc);
  const actions = useEditorActions();
  const today = dayNumber(localToday()) ?? 0;
  const rows = reviewRows(doc, today);
  const dueCount = rows.filter((row) => row.due).length;
  return (
    <Modal titleId={titleId} onClose={onClose}>
      <div className="outcome-review" data-testid="outcome-review">
        <h2 id={titleId}>Outcome review</h2>
        <p className="field-note">
          {rows.length === 0
            ? 'No key results yet: add them to the outcome in the inspector.'
            : `${rows.length} key ${rows.length === 1 ? 'result' : 'results'}; ${dueCount === 0 ? 'none is due for a check-in' : `${dueCount} due for a check-in (more than 14 days since the last)`}.`}
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Key result</th>
              <th scope="col">Progress</th>
              <th scope="col">Trend</th>
              <th scope="col">Last check-in</th>
              <th scope="col">Check-in</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.outcome.id}:${row.keyResult.id}`} data-review-kr={row.keyResult.id} data-due={row.due || undefined}>
                <th scope="row">
                  <span className="review-kr-name">{keyResultLabel(row.keyResult)}</span>
                  <span className="review-outcome">{row.outcome.title || 'Untitled outcome'}</span>
                </th>
                <td className="review-progress" data-progress={roundedProgress(row.progress)}>
                  {row.progress === null ? 'no target' : `${roundedProgress(row.progress)} %`}
                </td>
                <td>
                  <Sparkline keyResult={row.keyResult} today={today} />
                </td>
                <td>{row.lastCheckIn ? `${formatMeasure(row.lastCheckIn.value, row.keyResult.unit)} on ${row.lastCheckIn.date}` : 'none yet'}</td>
                <td>
                  {row.due ? <strong className="review-due">Due</strong> : <span>Not due</span>}{' '}
                  <button
                    type="button"
                    className="btn"
                    onClick={() => {
                      actions.reveal(row.outcome.id);
                      onCheckIn(row.outcome.id, row.keyResult.id);
                    }}
                  >
                    Check in
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Modal>
  );
}
