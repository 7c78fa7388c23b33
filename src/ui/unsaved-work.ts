/**
 * What the open tree still has to store, for code outside the editor that must not throw it away:
 * the "new version — reload" prompt asks here before it reloads the page.
 */

/** Where the open tree's saving stands, as the editor's autosave reports it. */
export interface SaveProgress {
  /** Rows changed and not yet known to be stored (waiting, or in a write that has not finished). */
  unsaved: boolean;
  /** The autosave's state; 'error' means writes are failing (a full disk) and are being retried. */
  state: 'saved' | 'pending' | 'saving' | 'error';
}

/** The open tree's side: report progress, and save everything unsaved now. */
export interface UnsavedWorkSource {
  progress(): SaveProgress;
  /** Saves what is unsaved now; resolves when that attempt ends (success or failure). */
  flush(): Promise<void>;
}

/**
 * Whether the page may reload now: 'reload' when everything is stored; 'wait-for-save' when a save
 * is still to come (flush, then ask again); 'blocked' when writes fail, so a reload would leave the
 * edits only in the journal — the user is told to free space or export first.
 */
export type ReloadDecision = 'reload' | 'wait-for-save' | 'blocked';

/** Decides from every open tree's save progress (none open: reload). */
export function decideReload(progress: readonly SaveProgress[]): ReloadDecision {
  if (progress.some((entry) => entry.state === 'error')) return 'blocked';
  if (progress.some((entry) => entry.unsaved || entry.state !== 'saved')) return 'wait-for-save';
  return 'reload';
}

const sources = new Set<UnsavedWorkSource>();

/** Registers an open tree's saving; returns the function that unregisters it (on leaving the tree). */
export function registerUnsavedWork(source: UnsavedWorkSource): () => void {
  sources.add(source);
  return () => sources.delete(source);
}

/** The save progress of every open tree, now. */
export function currentSaveProgress(): SaveProgress[] {
  return [...sources].map((source) => source.progress());
}

/** Saves everything unsaved in every open tree; resolves when those attempts end. */
export async function flushUnsavedWork(): Promise<void> {
  await Promise.all([...sources].map((source) => source.flush().catch(() => undefined)));
}
