import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { useServices } from '../../ui/services-context';
import type { Theme } from '../../ui/theme';
import { createBlankTree } from '../../domain/new-tree';
import { exportBackup } from '../../export/export-actions';
import type { ImportFailure, ImportOutcome } from '../../export/import-actions';
import { ImportAlert } from './ImportAlert';
import { ImportNotice } from './ImportNotice';
import { rememberImportReport, type ImportReport } from '../../export/import-report';
import { PASTE_DRAFT, PasteDialog } from './PasteDialog';
import { clearFormDraft, formDraftKeys } from '../../ui/form-drafts';
import { TreeCard } from './TreeCard';
import { renameThroughJournal, treesForBackup } from './library-journal';
import { StorageStatus } from './StorageStatus';
import { TrashView } from './TrashView';
import { useTreeList } from './use-tree-list';
import type { TreeRow } from '../../persistence/db';
import './library.css';

// Importing (schema validation) loads on first use, keeping it out of the editor's first download.
const importActions = () => import('../../export/import-actions');

interface LibraryScreenProps {
  theme: Theme;
  onToggleTheme: () => void;
  /** Opens a tree in the editor; `isNew` when it was just created (its outcome starts in edit mode). */
  onOpenTree: (treeId: string, isNew?: boolean) => void;
}

/** The home screen: every stored tree, and the ways to start, import or back up. */
export function LibraryScreen({ theme, onToggleTheme, onOpenTree }: LibraryScreenProps) {
  const { repository } = useServices();
  const [list, refresh] = useTreeList();
  const [importError, setImportError] = useState<ImportFailure | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<TreeRow | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [imported, setImported] = useState<ImportReport | null>(null);
  const [pasteOpen, setPasteOpen] = useState(() => formDraftKeys(PASTE_DRAFT.scope, PASTE_DRAFT.key).includes(PASTE_DRAFT.key));
  const [dropActive, setDropActive] = useState(false);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const finishImport = useCallback(
    async (outcome: ImportOutcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setImportError(outcome.error);
        return;
      }
      setImportError(null);
      await refresh();
      const [first] = outcome.docs;
      // A single tree opens at once, its editor showing what the import changed and an undo; a
      // backup is announced here, with its undo.
      const report = { docs: outcome.docs, warnings: outcome.warnings };
      if (outcome.docs.length === 1 && first) {
        rememberImportReport(report);
        onOpenTree(first.meta.id);
      } else {
        setImported(report);
      }
    },
    [refresh, onOpenTree],
  );

  // Importing loads its code on first use; if that fails (offline), say so and free the buttons.
  const runImport = useCallback(
    async (run: (actions: Awaited<ReturnType<typeof importActions>>) => Promise<ImportOutcome>) => {
      setBusy(true);
      let outcome: ImportOutcome;
      try {
        outcome = await run(await importActions());
      } catch {
        outcome = {
          ok: false,
          error: {
            kind: 'not-loaded',
            message: 'The importer could not be loaded (is the network down?). Nothing was imported; try again once you are online.',
            problems: [],
          },
        };
      }
      await finishImport(outcome);
      return outcome;
    },
    [finishImport],
  );

  const onFiles = useCallback(
    async (files: FileList | null) => {
      const file = files?.[0];
      if (!file) return;
      await runImport((actions) => actions.importFile(file, repository));
    },
    [runImport, repository],
  );

  // Pasting JSON anywhere on the library imports it.
  useEffect(() => {
    function onPaste(event: ClipboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, [contenteditable="true"]')) return;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!text.trim().startsWith('{')) return;
      event.preventDefault();
      void runImport((actions) => actions.importText(text, repository));
    }
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [repository, runImport]);

  async function createTree() {
    const doc = createBlankTree();
    try {
      await repository.createTree(doc);
      onOpenTree(doc.meta.id, true);
    } catch (error) {
      setMessage(`The tree could not be created: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  // Deleting moves the tree to the Trash; Undo (or Restore in the Trash) brings it back.
  async function deleteTree(tree: TreeRow) {
    if (await repository.trashTree(tree.id)) setDeleted(tree);
    await refresh();
  }

  async function undoDelete() {
    if (!deleted) return;
    await repository.restoreTree(deleted.id);
    setDeleted(null);
    await refresh();
  }

  async function undoImport() {
    if (!imported) return;
    setImported(null);
    for (const doc of imported.docs) await repository.deleteTree(doc.meta.id);
    await refresh();
  }

  async function backUpAll() {
    if (list.state !== 'ready') return;
    exportBackup(await treesForBackup(repository, list.trees));
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDropActive(false);
    void onFiles(event.dataTransfer.files);
  }

  return (
    <div
      className="library-screen"
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) {
          event.preventDefault();
          setDropActive(true);
        }
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropActive(false);
      }}
      onDrop={onDrop}
    >
      <header className="app-header">
        <h1 className="app-name">Opportunity Solution Trees</h1>
        <div className="header-spacer" />
        <button type="button" className="btn btn-ghost" onClick={onToggleTheme} aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`}>
          {theme === 'light' ? '☾' : '☀'}
        </button>
      </header>
      <main className="library-main">
        <div className="library-toolbar">
          <button type="button" className="btn btn-primary" data-testid="new-tree" onClick={() => void createTree()}>
            + New tree
          </button>
          <button type="button" className="btn" onClick={() => fileInput.current?.click()} disabled={busy}>
            Import or restore…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,.ost.json,application/json"
            className="visually-hidden"
            data-testid="import-json"
            aria-label="Import a tree or backup file"
            onChange={(event) => {
              void onFiles(event.target.files);
              event.target.value = '';
            }}
          />
          <button type="button" className="btn" onClick={() => setPasteOpen(true)}>
            Paste JSON…
          </button>
          <button type="button" className="btn" onClick={() => void backUpAll()} disabled={list.state !== 'ready' || list.trees.length === 0} data-testid="export-backup">
            Back up all trees
          </button>
          <button type="button" className="btn" data-testid="trash" aria-expanded={trashOpen} onClick={() => setTrashOpen((open) => !open)}>
            Trash
          </button>
        </div>
        <StorageStatus onBackUp={() => void backUpAll()} />
        {trashOpen && <TrashView onRestored={() => void refresh()} />}
        {importError && <ImportAlert error={importError} onDismiss={() => setImportError(null)} />}
        {message && (
          <div className="library-message" role="status">
            {message}
            <button type="button" className="btn btn-ghost" onClick={() => setMessage(null)} aria-label="Dismiss">
              ✕
            </button>
          </div>
        )}
        {imported && (
          <ImportNotice
            imported={imported}
            onUndo={() => void undoImport()}
            onDismiss={() => setImported(null)}
          />
        )}
        {deleted && (
          <div className="library-message" role="status" data-testid="deleted-notice">
            Moved “{deleted.title}” to the Trash.
            <button type="button" className="btn" onClick={() => void undoDelete()} data-testid="undo-delete">
              Undo
            </button>
          </div>
        )}
        {list.state === 'loading' && <p>Loading your trees…</p>}
        {list.state === 'failed' && (
          <p role="alert">Your trees could not be read from this browser's storage: {list.message}</p>
        )}
        {list.state === 'ready' && list.unstored.length > 0 && (
          <div className="library-message import-alert" role="alert" data-testid="unstored-edits">
            Recent edits to {list.unstored.length === 1 ? 'one tree' : `${list.unstored.length} trees`} are kept in this browser but could not
            be saved yet (storage may be full). Free some space or back up all trees now; saving is retried on its own.
          </div>
        )}
        {list.state === 'ready' && (
          <>
            {list.trees.length === 0 && (
              <p className="library-empty">No trees yet. Start with “New tree”, or import a file by dropping it here.</p>
            )}
            <ul className="tree-list" data-testid="tree-list">
              {list.trees.map((tree) => (
                <TreeCard
                  key={tree.id}
                  tree={tree}
                  hasConflicts={list.conflicted.includes(tree.id)}
                  onOpen={() => onOpenTree(tree.id)}
                  onRename={(title) =>
                    void renameThroughJournal(repository, tree, title)
                      .catch((error: unknown) => setMessage(error instanceof Error ? error.message : String(error)))
                      .then(refresh)
                  }
                  onDuplicate={() => void repository.duplicateTree(tree.id).then(refresh)}
                  onDelete={() => void deleteTree(tree)}
                />
              ))}
            </ul>
          </>
        )}
      </main>
      {dropActive && <div className="drop-overlay">Drop an .ost.json file (or a backup) to import it as a new tree</div>}
      {pasteOpen && (
        <PasteDialog
          onClose={() => setPasteOpen(false)}
          onImport={(text) => {
            setPasteOpen(false);
            // The pasted text is kept until it is imported: a refused file loses nothing, and
            // "Paste JSON…" opens with it again to fix it.
            void runImport((actions) => actions.importText(text, repository)).then((outcome) => {
              if (outcome.ok) clearFormDraft(PASTE_DRAFT.scope, PASTE_DRAFT.key);
            });
          }}
        />
      )}
    </div>
  );
}
