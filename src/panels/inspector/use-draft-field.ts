import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registerDraft } from '../../ui/draft-registry';

/** How long typing may pause before the draft is written anyway, so a reload loses nothing. */
export const IDLE_COMMIT_MS = 400;

export interface DraftField {
  /** What the field shows: the draft while there is one, else the stored value. */
  text: string;
  /** Why the last attempt to write the draft failed (e.g. not a number); the draft is kept. */
  error: string | null;
  change(text: string): void;
  /** Writes the draft now (on blur, Enter, leaving the node). */
  commit(): void;
}

/**
 * A local draft over a stored text value. Writing on every keystroke would make each keystroke its
 * own undo step; instead the draft is written on commit (blur, Enter, unmount) and after a pause in
 * typing. `onCommit` returns an error message to refuse the text, or null once it is written.
 */
export function useDraftField(value: string, onCommit: (text: string) => string | null, idleMs = IDLE_COMMIT_MS): DraftField {
  // What the field shows while it is being typed in, kept after a write made during a pause: the
  // stored value may be normalised (a name trimmed, "24." stored as 24), and showing it mid-typing
  // would swallow the space or the point just typed ("Minutes toa first lesson"). Dropped when
  // the edit ends (blur, Enter, leaving the node).
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Typed and not yet written. */
  const draftRef = useRef<string | null>(null);
  const commitRef = useRef(onCommit);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useLayoutEffect(() => {
    commitRef.current = onCommit;
  });

  /** Writes what is unsaved; `final` also ends the edit, so the field shows the stored value. */
  const write = useCallback((final: boolean) => {
    clearTimeout(timer.current);
    const pending = draftRef.current;
    if (pending !== null) {
      const problem = commitRef.current(pending);
      setError(problem);
      if (problem !== null) return;
      draftRef.current = null;
    }
    if (final) setTyped(null);
  }, []);
  const commit = useCallback(() => write(true), [write]);

  const change = useCallback(
    (text: string) => {
      draftRef.current = text;
      setTyped(text);
      setError(null);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => write(false), idleMs);
    },
    [write, idleMs],
  );

  // Leaving the node (the inspector remounts per node) or closing the panel writes what was typed;
  // so does the page going away (see draft-registry.ts), before unsaved changes are journalled.
  useEffect(() => {
    const unregister = registerDraft(commit);
    return () => {
      unregister();
      commit();
    };
  }, [commit]);

  return { text: typed ?? value, error, change, commit };
}
