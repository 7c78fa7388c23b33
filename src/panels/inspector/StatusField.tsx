import { useId, useRef, useState } from 'react';
import { DEFAULT_STATUS, STATUSES } from '../../domain/kinds';
import { statusRefusal } from '../../domain/status-gate';
import type { NodeStatus, OstNode } from '../../domain/types';
import { useEditor, useEditorActions, useEditorStoreApi } from '../../store/editor-context';
import { useFocusRequest, useInspectorFocus } from './inspector-focus';
import { statusLabel } from './status-label';

const SEPARATOR = '\u0000';

/**
 * The node's status. Statuses the status gate forbids (building or shipping a solution whose
 * problem nobody has evidenced) are disabled, with the reason and the way to fix it shown up front.
 */
export function StatusField({ node }: { node: OstNode }) {
  const id = useId();
  const store = useEditorStoreApi();
  const actions = useEditorActions();
  const statuses = STATUSES[node.kind];
  // Joined into one string so the selector compares by value and re-renders only when a gate changes.
  const refusalKey = useEditor((state) => statuses.map((status) => statusRefusal(state.doc, node.id, status) ?? '').join(SEPARATOR));
  const refusals = refusalKey.split(SEPARATOR);
  const gated = statuses.map((status, position) => ({ status, reason: refusals[position] ?? '' })).filter((entry) => entry.reason !== '');
  const [refused, setRefused] = useState<string | null>(null);
  const current = node.status ?? DEFAULT_STATUS[node.kind];
  const parentId = node.parentId;
  const selectRef = useRef<HTMLSelectElement>(null);
  useFocusRequest(node.id, 'status', selectRef);

  function change(status: NodeStatus) {
    if (actions.updateNode(node.id, { status }, 'Change status')) {
      setRefused(null);
      return;
    }
    setRefused(store.getState().notice?.message ?? `The status could not change to ${status}.`);
  }

  const gateNote = gated[0];
  const describedBy = [gateNote ? `${id}-gate` : '', refused ? `${id}-refused` : ''].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field">
      <label htmlFor={id}>Status</label>
      <select id={id} ref={selectRef} value={current} aria-describedby={describedBy} onChange={(event) => change(event.target.value as NodeStatus)}>
        {statuses.map((status, position) => (
          <option key={status} value={status} disabled={(refusals[position] ?? '') !== ''}>
            {statusLabel(status)}
            {(refusals[position] ?? '') !== '' ? ' (locked)' : ''}
          </option>
        ))}
      </select>
      {refused && (
        <p id={`${id}-refused`} className="field-error" role="alert" data-testid="status-refused">
          {refused}
        </p>
      )}
      {gateNote && !refused && (
        <div id={`${id}-gate`} className="field-note status-gate" data-testid="status-gate">
          <p>
            <strong>{gated.map((entry) => statusLabel(entry.status)).join(' and ')} locked.</strong> {gateNote.reason}
          </p>
          {parentId && (
            <button
              type="button"
              className="btn"
              onClick={() => {
                actions.select(parentId);
                useInspectorFocus.getState().requestFocus(parentId, 'evidence-picker');
              }}
            >
              Link evidence to the opportunity…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
