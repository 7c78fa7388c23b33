import { useEffect, useState } from 'react';
import { rootOf } from '../../domain/tree-index';
import { createAutosave, type Autosave, type AutosaveStatus } from '../../persistence/autosave';
import { installFlushOnHide } from '../../persistence/flush-on-hide';
import { createEditorStore, type EditorStore } from '../../store/editor-store';
import { useServices } from '../services';

export type OpenTree =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; store: EditorStore; autosave: Autosave };

/**
 * Loads a tree into a fresh editor store and wires autosave to the store's patches. Leaving the
 * tree (or closing the page) flushes whatever is unsaved.
 */
export function useOpenTree(treeId: string, startEditingRoot: boolean): { openTree: OpenTree; saveStatus: AutosaveStatus } {
  const { repository, onTabMessage } = useServices();
  const [openTree, setOpenTree] = useState<OpenTree>({ state: 'loading' });
  const [saveStatus, setSaveStatus] = useState<AutosaveStatus>({ state: 'saved' });

  useEffect(() => {
    let cancelled = false;
    let autosave: Autosave | null = null;
    let removeFlushOnHide: (() => void) | null = null;
    let removeTabListener: (() => void) | null = null;
    setOpenTree({ state: 'loading' });

    /**
     * Another tab saved this tree. If this tab has nothing unsaved, show the latest version;
     * otherwise keep this tab's edits (they save over the same rows) and say so.
     */
    async function reloadFromOtherTab(store: EditorStore, opened: Autosave): Promise<void> {
      const { actions } = store.getState();
      if (opened.status().state !== 'saved') {
        actions.notify('info', 'This tree is also open in another tab. Your changes here are kept; edit in one tab at a time to avoid surprises.');
        return;
      }
      const latest = await repository.loadTree(treeId);
      if (cancelled || !latest || opened.status().state !== 'saved') return;
      actions.replaceDoc(latest);
      actions.notify('info', 'This tree was changed in another tab; showing the latest version.');
    }

    repository.loadTree(treeId).then(
      (doc) => {
        if (cancelled) return;
        if (!doc) {
          setOpenTree({ state: 'missing' });
          return;
        }
        const root = rootOf(doc);
        const store = createEditorStore(doc, {
          onPatches: (patches) => autosave?.track(patches),
          initialSelection: root?.id ?? null,
          initialEditing: startEditingRoot && root ? root.id : null,
        });
        const opened = createAutosave({
          repository,
          getDoc: () => store.getState().doc,
          onStatus: setSaveStatus,
        });
        autosave = opened;
        removeFlushOnHide = installFlushOnHide(opened);
        removeTabListener = onTabMessage((message) => {
          if (message.treeId !== treeId) return;
          if (message.type === 'tree-deleted') {
            opened.dispose();
            setOpenTree({ state: 'missing' });
          } else if (message.type === 'tree-saved') {
            void reloadFromOtherTab(store, opened);
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
      const closing = autosave;
      if (closing) void closing.flush().finally(() => closing.dispose());
    };
  }, [repository, onTabMessage, treeId, startEditingRoot]);

  return { openTree, saveStatus };
}
