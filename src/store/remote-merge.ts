import { produce, type Draft } from 'immer';
import { overlayRows, type RowSelection } from '../domain/overlay-rows';
import type { TreeDoc } from '../domain/types';
import type { EditorStore } from './editor-store';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Makes `draft` equal to `target`, field by field, so unchanged rows keep their identity. */
function reconcileRecord(draft: Record<string, unknown>, target: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(draft)) if (!Object.hasOwn(target, key) || target[key] === undefined) delete draft[key];
  for (const [key, value] of Object.entries(target)) {
    if (value !== undefined && !sameValue(draft[key], value)) draft[key] = value;
  }
}

function reconcileTable<T extends object>(draft: Record<string, Draft<T>>, target: Readonly<Record<string, T>>): void {
  for (const id of Object.keys(draft)) if (!Object.hasOwn(target, id)) delete draft[id];
  for (const [id, row] of Object.entries(target)) {
    const current = draft[id];
    if (current) reconcileRecord(current as Record<string, unknown>, row as Record<string, unknown>);
    else draft[id] = row as Draft<T>;
  }
}

/**
 * Merges another tab's save into the open tree, field by field: `remote` is the tree as stored
 * now, `unsaved` the rows and fields this tab changed and has not stored yet, which keep this
 * tab's values. It is not an edit of this tab: no undo step is recorded and no save follows; the
 * undo history, the selection and the title being edited stay (unless their node is gone).
 * Returns whether anything on screen changed.
 */
export function mergeRemoteDoc(store: EditorStore, remote: TreeDoc, unsaved: RowSelection): boolean {
  const state = store.getState();
  const target = overlayRows(remote, state.doc, unsaved);
  const next = produce(state.doc, (draft) => {
    reconcileRecord(draft.meta as unknown as Record<string, unknown>, target.meta as unknown as Record<string, unknown>);
    reconcileTable(draft.nodes, target.nodes);
    reconcileTable(draft.evidence, target.evidence);
  });
  if (next === state.doc) return false;
  const selectedId = state.selectedId && next.nodes[state.selectedId] ? state.selectedId : (Object.values(next.nodes).find((node) => node.parentId === null)?.id ?? null);
  const editingId = state.editingId && next.nodes[state.editingId] ? state.editingId : null;
  store.setState({ doc: next, checkedDoc: next, selectedId, editingId });
  return true;
}
