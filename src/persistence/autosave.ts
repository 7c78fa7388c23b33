import type { Patch } from 'immer';
import type { TreeDoc } from '../domain/types';
import { changedRows, emptyChangedRows, hasChangedRows, mergeChangedRows, type ChangedRows } from './changed-rows';
import { overlayRows } from '../domain/overlay-rows';
import type { SaveOutcome, TreeRepository } from './repository';
import { saveFailureMessage } from './storage-errors';
import { measuredAsync } from '../domain/perf-measure';

export interface AutosaveStatus {
  state: 'saved' | 'pending' | 'saving' | 'error';
  /** Why the last write failed, in words for the user; set while `state` is 'error'. */
  message?: string;
  lastSavedAt?: string;
}

export interface AutosaveOptions {
  repository: Pick<TreeRepository, 'saveChanges'>;
  /** The open tree as it is now; read when a save starts, so a save always writes the latest state. */
  getDoc: () => TreeDoc;
  /** Quiet time after the last change before saving. */
  debounceMs?: number;
  /**
   * Longest wait after the first unsaved change, however fast the user types. The product promises
   * a change is stored within 500 ms; starting the write by 400 ms leaves time for the transaction.
   */
  maxWaitMs?: number;
  /** Wait between attempts after a failed write. */
  retryMs?: number;
  onStatus?: (status: AutosaveStatus) => void;
  /** Called after each successful write, with what it replaced that another tab had written. */
  onSaved?: (treeId: string, outcome: SaveOutcome) => void;
  /**
   * The tree as stored when it was opened. With it, each save tells the repository what this tab
   * last knew stored, so a field another tab changed meanwhile is reported when this save replaces it.
   */
  initialBase?: TreeDoc;
  now?: () => Date;
}

export interface Autosave {
  /** Records the rows a change touched (the store's immer patches) and schedules a save. */
  track(patches: readonly Patch[]): void;
  /** Records rows known to be unsaved (e.g. journalled edits that could not be stored yet). */
  trackRows(rows: ChangedRows): void;
  /** Saves everything unsaved now; resolves when that attempt ends (check status() for failure). */
  flush(): Promise<void>;
  status(): AutosaveStatus;
  /** Rows changed but not yet known to be stored: waiting, or in a write that has not finished. */
  unsaved(): ChangedRows;
  /** What this tab knows is stored (its next save's base), if it was given one; journalled with unsaved rows. */
  known(): TreeDoc | undefined;
  /** Another tab's save was merged: `stored` is now what this tab knows is stored (but for its unsaved fields). */
  rebase(stored: TreeDoc): void;
  /** Stops timers and ignores later changes. Call `await flush()` first to keep unsaved changes. */
  dispose(): void;
}

/**
 * Autosave for one open tree: writes only the rows changes touched, debounced, one save at a time,
 * and keeps retrying (without losing changes) while writes fail. Create one per opened tree.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const { repository, getDoc, onStatus, onSaved } = options;
  const debounceMs = options.debounceMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 400;
  const retryMs = options.retryMs ?? 2000;
  const now = options.now ?? (() => new Date());

  let dirty = emptyChangedRows();
  let inFlight: ChangedRows | null = null;
  let firstUnsavedAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<void> = Promise.resolve();
  let current: AutosaveStatus = { state: 'saved' };
  let lastSavedAt: string | undefined;
  let disposed = false;
  let base = options.initialBase;

  function report(state: AutosaveStatus['state'], message?: string): void {
    current = { state, ...(message === undefined ? {} : { message }), ...(lastSavedAt ? { lastSavedAt } : {}) };
    onStatus?.(current);
  }

  function clearTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function saveAfter(delayMs: number): void {
    clearTimer();
    if (disposed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void enqueueSave();
    }, delayMs);
  }

  function scheduleDebouncedSave(): void {
    firstUnsavedAt ??= Date.now();
    const untilDeadline = firstUnsavedAt + maxWaitMs - Date.now();
    saveAfter(Math.max(0, Math.min(debounceMs, untilDeadline)));
  }

  // Saves are chained so two transactions for this tree never run at once.
  function enqueueSave(): Promise<void> {
    queue = queue.then(saveOnce);
    return queue;
  }

  async function saveOnce(): Promise<void> {
    if (!hasChangedRows(dirty)) return;
    clearTimer();
    const taken = dirty;
    inFlight = taken;
    dirty = emptyChangedRows();
    firstUnsavedAt = undefined;
    const retrying = current.state === 'error';
    // While retrying, the banner keeps saying what is wrong instead of flickering to "saving".
    if (!retrying) report('saving');
    let treeId: string;
    let outcome: SaveOutcome;
    try {
      const doc = getDoc();
      treeId = doc.meta.id;
      const known = base;
      // Timed for `npm run bench` (one edit's write time), visible in the browser's profiler too.
      outcome = await measuredAsync('ost-save', () => repository.saveChanges(doc, known ? { ...taken, base: known } : taken));
      if (base) base = overlayRows(base, doc, taken);
    } catch (error) {
      inFlight = null;
      mergeChangedRows(taken, dirty);
      dirty = taken;
      report('error', saveFailureMessage(error));
      saveAfter(retryMs);
      return;
    }
    inFlight = null;
    lastSavedAt = now().toISOString();
    onSaved?.(treeId, outcome);
    if (hasChangedRows(dirty)) {
      report('pending');
      if (timer === undefined) scheduleDebouncedSave();
    } else {
      report('saved');
    }
  }

  function trackRows(rows: ChangedRows): void {
    if (disposed) return;
    if (!hasChangedRows(rows)) return;
    mergeChangedRows(dirty, rows);
    // After a failure the retry timer drives saving; the error stays visible until one succeeds.
    if (current.state === 'error') return;
    scheduleDebouncedSave();
    if (current.state !== 'pending') report('pending');
  }

  return {
    track(patches) {
      trackRows(changedRows(patches));
    },
    trackRows,
    flush() {
      clearTimer();
      return enqueueSave();
    },
    status: () => current,
    known: () => base,
    unsaved() {
      const rows = emptyChangedRows();
      mergeChangedRows(rows, dirty);
      if (inFlight) mergeChangedRows(rows, inFlight);
      return rows;
    },
    rebase(stored) {
      // Fields still unsaved here keep the value this tab based them on: if another tab changed
      // one meanwhile, this tab's save will replace that value, and must report it.
      if (!base) return;
      const pending = emptyChangedRows();
      mergeChangedRows(pending, dirty);
      if (inFlight) mergeChangedRows(pending, inFlight);
      base = overlayRows(stored, base, pending);
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
