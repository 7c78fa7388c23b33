import { useEditorActions } from '../../store/editor-context';
import { describeLostEdit, type LostEdit } from './tab-merge';

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Says which of this tab's edits another tab replaced with a later save, and offers the text
 * back: copy it, or put it back (a new edit here, which then wins in turn).
 */
export function LostEditsBanner({ lostEdits, onDismiss }: { lostEdits: LostEdit[]; onDismiss: (key: string) => void }) {
  const actions = useEditorActions();
  if (lostEdits.length === 0) return null;

  function putBack(lost: LostEdit): void {
    if (lost.table === 'nodes') actions.updateNode(lost.rowId, { [lost.field]: lost.value }, 'Put back my text');
    else if (lost.table === 'meta' && lost.field === 'title' && typeof lost.value === 'string') actions.setTreeTitle(lost.value);
    else if (lost.table === 'evidence') actions.updateEvidence(lost.rowId, { [lost.field]: lost.value });
    onDismiss(lost.key);
  }

  return (
    <div className="lost-edits-banner" role="alert" data-testid="edit-conflict">
      {lostEdits.map((lost) => (
        <div key={lost.key} className="lost-edit" data-field={lost.field} data-row-id={lost.rowId}>
          <p>
            Another tab saved a different version of {describeLostEdit(lost)} after you. Yours was: <q className="lost-edit-text">{asText(lost.value)}</q>
          </p>
          <div className="lost-edit-actions">
            <button type="button" className="btn" onClick={() => void navigator.clipboard?.writeText(asText(lost.value)).catch(() => undefined)}>
              Copy my text
            </button>
            <button type="button" className="btn" data-testid="restore-my-edit" onClick={() => putBack(lost)}>
              Put mine back
            </button>
            <button type="button" className="btn btn-ghost" aria-label="Dismiss" onClick={() => onDismiss(lost.key)}>
              ✕
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
