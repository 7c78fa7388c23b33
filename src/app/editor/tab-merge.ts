import { sameValue, type OverwrittenField } from '../../persistence/field-merge';
import type { Autosave } from '../../persistence/autosave';
import type { TreeRepository } from '../../persistence/repository';
import type { TabMessage } from '../../persistence/tab-sync';
import { mergeRemoteDoc } from '../../store/remote-merge';
import type { EditorStore } from '../../store/editor-store';

/** This tab's text that a later save in another tab replaced, offered back to the user. */
export interface LostEdit {
  key: string;
  table: OverwrittenField['table'];
  rowId: string;
  field: string;
  /** Where it was, in words: the node's title, or "the tree". */
  where: string;
  /** The replaced value as this tab had written it. */
  value: unknown;
}

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  description: 'description',
  assumption: 'assumption',
  successCriterion: 'success criterion',
  result: 'result',
  summary: 'summary',
  quote: 'quote',
};

/** A lost edit in words, e.g. `the description of “Opp two”`. */
export function describeLostEdit(lost: LostEdit): string {
  const field = FIELD_NAMES[lost.field] ?? lost.field;
  return lost.table === 'meta' ? `the tree's ${field}` : `the ${field} of ${lost.where}`;
}

function localValue(store: EditorStore, entry: OverwrittenField): unknown {
  const { doc } = store.getState();
  const row = entry.table === 'meta' ? doc.meta : entry.table === 'nodes' ? doc.nodes[entry.rowId] : doc.evidence[entry.rowId];
  return row ? (row as unknown as Record<string, unknown>)[entry.field] : undefined;
}

/** One replaced value as the banner shows it, its place named from the open tree. */
export function lostEditOf(store: EditorStore, entry: OverwrittenField): LostEdit {
  return { ...entry, key: `${entry.table}:${entry.rowId}:${entry.field}`, where: whereOf(store, entry) };
}

function whereOf(store: EditorStore, entry: OverwrittenField): string {
  const { doc } = store.getState();
  if (entry.table === 'nodes') return `“${doc.nodes[entry.rowId]?.title || 'an untitled node'}”`;
  if (entry.table === 'evidence') return `“${doc.evidence[entry.rowId]?.summary || 'an evidence item'}”`;
  return 'the tree';
}

/**
 * Handles another tab's save of the open tree: loads the stored tree and merges it in field by
 * field (this tab's unsaved fields, edit mode and undo history stay). When that save replaced a
 * value this tab had written, the later write has won: the replaced value is reported through
 * `onLost` so the tab can say so and offer its text back.
 */
export async function mergeOtherTabSave(
  message: TabMessage,
  context: { repository: Pick<TreeRepository, 'loadTree'>; store: EditorStore; autosave: Autosave; onLost: (lost: LostEdit[]) => void; isCancelled: () => boolean },
): Promise<void> {
  const { repository, store, autosave, onLost } = context;
  // Decided before merging: the value on screen is this tab's own write that was replaced.
  const lost: LostEdit[] = (message.overwritten ?? [])
    .filter((entry) => entry.value !== undefined && sameValue(localValue(store, entry), entry.value))
    .map((entry) => lostEditOf(store, entry));
  const stored = await repository.loadTree(message.treeId);
  if (context.isCancelled() || !stored) return;
  // What this tab has not stored yet is read now, after the load, so nothing typed meanwhile is lost.
  const changed = mergeRemoteDoc(store, stored, autosave.unsaved());
  autosave.rebase(stored);
  if (lost.length > 0) onLost(lost);
  else if (changed) store.getState().actions.notify('info', 'Showing changes saved in another tab; your own edits here are kept.');
}
