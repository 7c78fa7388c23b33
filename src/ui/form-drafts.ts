/**
 * What was typed into a form that is not submitted yet (a new evidence item, a check-in, a pasted
 * tree), kept in localStorage. Such text cannot go to the tree before the user submits it (half a
 * check-in is not a check-in), so unlike a field's draft it is not committed when the page goes
 * away: it is written here, synchronously, and the form opens with it again.
 */

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'ost-editor:form-draft:';

function storageKey(scope: string, key: string): string {
  return `${PREFIX}${scope}:${key}`;
}

function defaultStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage blocked (some private modes): drafts then live only on screen.
    return null;
  }
}

/**
 * The draft kept for one form, or null when there is none or it cannot be read.
 * `scope` is a tree id (or "library"), `key` names the form within it (e.g. "check-in:<node>:<kr>").
 */
export function readFormDraft<T>(scope: string, key: string, storage = defaultStorage()): T | null {
  try {
    const text = storage?.getItem(storageKey(scope, key));
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}

/** Keeps a form's draft; returns false when it could not be written (storage full or blocked). */
export function writeFormDraft(scope: string, key: string, value: unknown, storage = defaultStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(storageKey(scope, key), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a form's draft (it was submitted or cancelled). */
export function clearFormDraft(scope: string, key: string, storage = defaultStorage()): void {
  try {
    storage?.removeItem(storageKey(scope, key));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** The keys of the drafts kept in `scope` whose key starts with `keyPrefix`. */
export function formDraftKeys(scope: string, keyPrefix = '', storage = defaultStorage()): string[] {
  const prefix = storageKey(scope, keyPrefix);
  const keys: string[] = [];
  try {
    if (!storage) return keys;
    for (let index = 0; index < storage.length; index++) {
      const name = storage.key(index);
      if (name?.startsWith(prefix)) keys.push(name.slice(storageKey(scope, '').length));
    }
  } catch {
    // Storage unavailable: no drafts.
  }
  return keys;
}

/** Forgets every form draft of a scope (its tree was deleted for good). */
export function clearFormDrafts(scope: string, storage = defaultStorage()): void {
  for (const key of formDraftKeys(scope, '', storage)) clearFormDraft(scope, key, storage);
}
