import { useCallback, useEffect, useRef, useState } from 'react';
import { registerDraft } from './draft-registry';
import { clearFormDraft, readFormDraft, writeFormDraft } from './form-drafts';

/** A form's values kept across a reload, a closed tab and leaving the editor (see form-drafts.ts). */
export interface JournalledForm<T> {
  value: T;
  /** Whether the form opened with a draft kept from before. */
  restored: boolean;
  set(next: T | ((current: T) => T)): void;
  /** Forgets the draft: call once the form is submitted or cancelled. */
  discard(): void;
  /** Forgets the draft and shows `next` (an emptied form ready for the next entry). */
  reset(next: T): void;
}

/**
 * Form state that starts from the draft kept for `scope`/`key` (or `initial()`), and is written to
 * the draft store when the page is hidden or unloaded (through the draft registry, which the app
 * runs on `pagehide` and on `visibilitychange` to hidden) and when the form goes away unsubmitted
 * (leaving the editor, closing a drawer). The draft is kept until `discard()`.
 */
export function useJournalledForm<T>(scope: string, key: string, initial: () => T): JournalledForm<T> {
  const [start] = useState(() => {
    const kept = readFormDraft<T>(scope, key);
    return { value: kept ?? initial(), restored: kept !== null };
  });
  const [value, setValue] = useState<T>(start.value);
  const latest = useRef(value);
  latest.current = value;
  // Only a form the user changed here is written; a draft restored and left alone stays as it is.
  const dirty = useRef(false);

  const write = useCallback(() => {
    if (dirty.current) writeFormDraft(scope, key, latest.current);
  }, [scope, key]);

  useEffect(() => {
    const unregister = registerDraft(write);
    return () => {
      unregister();
      write();
    };
  }, [write]);

  const set = useCallback((next: T | ((current: T) => T)) => {
    dirty.current = true;
    setValue((current) => {
      const value = typeof next === 'function' ? (next as (current: T) => T)(current) : next;
      latest.current = value;
      return value;
    });
  }, []);

  const discard = useCallback(() => {
    dirty.current = false;
    clearFormDraft(scope, key);
  }, [scope, key]);

  const reset = useCallback(
    (next: T) => {
      discard();
      latest.current = next;
      setValue(next);
    },
    [discard],
  );

  return { value, restored: start.restored, set, discard, reset };
}
