import {
  addCheckIn,
  addKeyResult,
  deleteCheckIn,
  deleteKeyResult,
  moveKeyResult,
  updateCheckIn,
  updateKeyResult,
} from '../domain/operations/key-results';
import type { Apply } from './apply';
import type { EditorActions } from './editor-state';

type KeyResultActions = Pick<
  EditorActions,
  'addKeyResult' | 'updateKeyResult' | 'moveKeyResult' | 'deleteKeyResult' | 'addCheckIn' | 'updateCheckIn' | 'deleteCheckIn'
>;

/**
 * The outcome's key results and their check-ins. Each action is one undoable step, except that
 * edits made while one inspector field has focus merge into one step (`fieldKey`, as for node
 * fields), so typing a key result's name with pauses is still a single undo.
 */
export function createKeyResultActions(apply: Apply, fieldKey: () => string | undefined): KeyResultActions {
  return {
    addKeyResult(nodeId, fields) {
      const outcome = apply((draft) => addKeyResult(draft, nodeId, fields), { label: 'Add key result' });
      return outcome.ok ? outcome.result : null;
    },
    updateKeyResult(nodeId, keyResultId, fields, label = 'Edit key result') {
      return apply((draft) => updateKeyResult(draft, nodeId, keyResultId, fields), { label, coalesceKey: fieldKey() }).ok;
    },
    moveKeyResult(nodeId, keyResultId, direction) {
      return apply((draft) => moveKeyResult(draft, nodeId, keyResultId, direction), { label: 'Reorder key results' }).ok;
    },
    deleteKeyResult(nodeId, keyResultId) {
      return apply((draft) => deleteKeyResult(draft, nodeId, keyResultId), { label: 'Delete key result' }).ok;
    },
    addCheckIn(nodeId, keyResultId, checkIn) {
      const outcome = apply((draft) => addCheckIn(draft, nodeId, keyResultId, checkIn), { label: 'Record check-in' });
      return outcome.ok ? outcome.result : null;
    },
    updateCheckIn(nodeId, keyResultId, index, checkIn) {
      const outcome = apply((draft) => updateCheckIn(draft, nodeId, keyResultId, index, checkIn), {
        label: 'Edit check-in',
        coalesceKey: fieldKey(),
      });
      return outcome.ok ? outcome.result : null;
    },
    deleteCheckIn(nodeId, keyResultId, index) {
      return apply((draft) => deleteCheckIn(draft, nodeId, keyResultId, index), { label: 'Delete check-in' }).ok;
    },
  };
}
