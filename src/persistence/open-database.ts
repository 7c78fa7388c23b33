import type { DexieOptions } from 'dexie';
import { DEFAULT_DATABASE_NAME, OstDatabase } from './db';
import { storageProblemOf } from './storage-errors';

export type OpenDatabaseError =
  /** No usable IndexedDB (very old browser, or private browsing that blocks it). */
  | { kind: 'unavailable'; message: string }
  /** Another tab holds an older version open and did not let go; see `whenUnblocked`. */
  | { kind: 'blocked'; message: string; whenUnblocked: Promise<OpenDatabaseResult> }
  | { kind: 'failed'; message: string; cause: unknown };

export type OpenDatabaseResult = { ok: true; db: OstDatabase } | { ok: false; error: OpenDatabaseError };

export interface OpenDatabaseOptions {
  name?: string;
  /** The IndexedDB to use; default the browser's. `null` means there is none. */
  indexedDB?: DexieOptions['indexedDB'] | null;
  IDBKeyRange?: DexieOptions['IDBKeyRange'];
  /**
   * Another tab wants to upgrade (or delete) the database. This connection is already closed when
   * this is called, so later writes fail loudly instead of reaching a schema this code does not know;
   * tell the user to reload.
   */
  onVersionChange?: (event: { newVersion: number | null }) => void;
}

export const UNAVAILABLE_MESSAGE =
  'This browser does not let the editor keep data on this device (private browsing can block it), so trees cannot be saved. Open the editor in a normal window to keep your work.';
export const NEWER_VERSION_MESSAGE =
  'A newer version of the editor has already stored your trees in this browser. Reload the page to get that version.';
export const BLOCKED_MESSAGE =
  'Another tab of the editor is still open with an older version. Close or reload that tab; this one continues by itself.';

function browserIndexedDB(): DexieOptions['indexedDB'] | null {
  try {
    return globalThis.indexedDB ?? null;
  } catch {
    // Some browsers throw a SecurityError on mere access when site data is disabled.
    return null;
  }
}

/** Whether `error`, or an error Dexie wrapped in it, has this name. */
function errorNamed(error: unknown, name: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ('name' in current && current.name === name) return true;
    current = 'inner' in current ? current.inner : undefined;
  }
  return false;
}

function failure(cause: unknown): OpenDatabaseResult {
  const problem = storageProblemOf(cause);
  // An open that fails with InvalidStateError is how older Firefox reports private browsing.
  const isInvalidState = typeof cause === 'object' && cause !== null && 'name' in cause && cause.name === 'InvalidStateError';
  if (problem === 'unavailable' || isInvalidState) return { ok: false, error: { kind: 'unavailable', message: UNAVAILABLE_MESSAGE } };
  if (errorNamed(cause, 'VersionError')) return { ok: false, error: { kind: 'failed', message: NEWER_VERSION_MESSAGE, cause } };
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : '';
  return {
    ok: false,
    error: {
      kind: 'failed',
      message: `The editor could not open its storage${detail}. Reload the page; if it keeps failing, clear this site's data after exporting what you can.`,
      cause,
    },
  };
}

/** Opens the database, answering with a result the UI can show instead of throwing. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<OpenDatabaseResult> {
  const factory = 'indexedDB' in options ? options.indexedDB : browserIndexedDB();
  if (!factory) return { ok: false, error: { kind: 'unavailable', message: UNAVAILABLE_MESSAGE } };

  const db = new OstDatabase(options.name ?? DEFAULT_DATABASE_NAME, {
    indexedDB: factory,
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  });
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    // Close for good (no silent reopen), then tell the UI; returning false skips Dexie's default,
    // which would close but reopen on the next query.
    db.close();
    options.onVersionChange?.({ newVersion: event.newVersion });
    return false;
  });

  const opened: Promise<OpenDatabaseResult> = db.open().then(
    (): OpenDatabaseResult => ({ ok: true, db }),
    (error: unknown) => failure(error),
  );
  let reportBlocked: (result: OpenDatabaseResult) => void = () => {};
  const blocked = new Promise<OpenDatabaseResult>((resolve) => {
    reportBlocked = resolve;
  });
  // The open keeps waiting while blocked; the UI shows why and goes on once `whenUnblocked` settles.
  db.on('blocked', () => {
    reportBlocked({ ok: false, error: { kind: 'blocked', message: BLOCKED_MESSAGE, whenUnblocked: opened } });
  });
  return Promise.race([opened, blocked]);
}
