import { useCallback, useEffect, useState } from 'react';
import { measuredAsync } from '../../domain/perf-measure';
import { rootOf } from '../../domain/tree-index';
import { createAutosave, type Autosave, type AutosaveStatus } from '../../persistence/autosave';
import { hasChangedRows } from '../../persistence/changed-rows';
import { installFlushOnHide } from '../../persistence/flush-on-hide';
import { loadTreeWithJournal } from '../../persistence/journal-replay';
import { addToJournal, adoptJournal, clearJournal, journalOf } from '../../persistence/unsaved-journal';
import { readJournalConflicts, removeJournalConflict } from '../../persistence/journal-conflicts';
import { newId } from '../../domain/ids';
import { commitAllDrafts, registerJournalWriter } from '../../ui/draft-registry';
import { registerUnsavedWork } from '../../ui/unsaved-work';
import { createEditorStore, type EditorStore } from '../../store/editor-store';
import { lostEditOf, mergeOtherTabSave, type LostEdit } from './tab-merge';
import { useServices } from '../../ui/services-context';

/** This page, as the writer of its journals: its saves clear only journals it alone wrote. */
const THIS_PAGE = newId();

export type OpenTree =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; store: EditorStore; autosave: Autosave };

/**
 * Loads a tree into a fresh editor store and wires autosave to the store's patches. Leaving the
 * tree (or closing the page) flushes whatever is unsaved.
 */
export function useOpenTree(
  treeId: string,
  startEditingRoot: boolean,
): { openTree: OpenTree; saveStatus: AutosaveStatus; lostEdits: LostEdit[]; dismissLostEdit: (key: string) => void } {
  const { repository, onTabMessage } = useServices();
  const [openTree, setOpenTree] = useState<OpenTree>({ state: 'loading' });
  const [saveStatus, setSaveStatus] = useState<AutosaveStatus>({ state: 'saved' });
  const [lostEdits, setLostEdits] = useState<LostEdit[]>([]);
  const dismissLostEdit = useCallback(
    (key: string) => {
      // A conflict found when a journal was replayed is announced until it is dismissed.
      removeJournalConflict(window.localStorage, treeId, key);
      setLostEdits((list) => list.filter((lost) => lost.key !== key));
    },
    [treeId],
  );

  useEffect(() => {
    let cancelled = false;
    let autosave: Autosave | null = null;
    let removeFlushOnHide: (() => void) | null = null;
    let removeTabListener: (() => void) | null = null;
    let merging: Promise<void> = Promise.resolve();
    let journalOnLeave: (() => void) | null = null;
    let removeJournalWriter: (() => void) | null = null;
    let removeUnsavedWork: (() => void) | null = null;
    setOpenTree({ state: 'loading' });
    setLostEdits([]);

    // Edits a previous page could not store (journalled on its way out) are replayed first.
    const loadWithJournal = () => measuredAsync('ost-load', () => loadTreeWithJournal(repository, window.localStorage, treeId));

    loadWithJournal().then(
      (loaded) => {
        if (cancelled) return;
        if (!loaded) {
          setOpenTree({ state: 'missing' });
          return;
        }
        const { doc, unstored } = loaded;
        const root = rootOf(doc);
        const store = createEditorStore(doc, {
          onPatches: (patches) => autosave?.track(patches),
          initialSelection: root?.id ?? null,
          initialEditing: startEditingRoot && root ? root.id : null,
          deferValidation: true,
        });
        const opened = createAutosave({
          repository,
          getDoc: () => store.getState().doc,
          initialBase: doc,
          onStatus: setSaveStatus,
          onSaved: () => {
            if (!hasChangedRows(opened.unsaved())) clearJournal(window.localStorage, treeId, THIS_PAGE);
          },
        });
        autosave = opened;
        // Journalled edits still not stored (the disk is still full): unsaved, retried, and said so.
        if (unstored) {
          opened.trackRows(unstored);
          adoptJournal(window.localStorage, treeId, THIS_PAGE);
        }
        // Journalled text that another tab's later save replaced is said, and offered back.
        const replayLost = readJournalConflicts(window.localStorage, treeId).map((entry) => lostEditOf(store, entry));
        if (replayLost.length > 0) setLostEdits(replayLost);
        // Rows not yet stored are journalled synchronously before the flush on hide/unload.
        // Drafts still in their fields (an inspector text waiting for its idle commit) go first.
        const journalUnsaved = () => {
          commitAllDrafts();
          const rows = opened.unsaved();
          if (hasChangedRows(rows)) addToJournal(window.localStorage, journalOf(store.getState().doc, rows, undefined, { base: opened.known(), writer: THIS_PAGE }));
        };
        journalOnLeave = journalUnsaved;
        removeJournalWriter = registerJournalWriter(journalUnsaved);
        // The update prompt reloads only once this tree has stored everything.
        removeUnsavedWork = registerUnsavedWork({
          progress: () => ({ unsaved: hasChangedRows(opened.unsaved()), state: opened.status().state }),
          flush: () => opened.flush(),
        });
        removeFlushOnHide = installFlushOnHide(opened, window, document, journalUnsaved);
        removeTabListener = onTabMessage((message) => {
          if (message.treeId !== treeId) return;
          if (message.type === 'tree-deleted') {
            opened.dispose();
            setOpenTree({ state: 'missing' });
          } else if (message.type === 'tree-saved') {
            // One merge at a time, in the order the saves were announced.
            merging = merging.then(() =>
              mergeOtherTabSave(message, {
                repository,
                store,
                autosave: opened,
                isCancelled: () => cancelled,
                onLost: (lost) =>
                  setLostEdits((list) => [...list.filter((old) => !lost.some((entry) => entry.key === old.key)), ...lost]),
              }).catch(() => undefined),
            );
          }
        });
        setOpenTree({ state: 'ready', store, autosave: opened });
      },
      (error: unknown) => {
        if (!cancelled) setOpenTree({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );

    return () => {
      cancelled = true;
      removeFlushOnHide?.();
      removeTabListener?.();
      // Leaving the tree: what is unsaved is journalled first, so a save that fails (a full disk)
      // loses nothing; the library retries it and says so.
      journalOnLeave?.();
      removeJournalWriter?.();
      removeUnsavedWork?.();
      const closing = autosave;
      if (closing) void closing.flush().finally(() => closing.dispose());
    };
  }, [repository, onTabMessage, treeId, startEditingRoot]);

  return { openTree, saveStatus, lostEdits, dismissLostEdit };
}
