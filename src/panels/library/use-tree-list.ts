import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../ui/services-context';
import { createExampleTree } from '../../domain/example-tree';
import type { TreeRow } from '../../persistence/db';
import { replayJournals } from '../../persistence/journal-replay';
import { treesWithJournalConflicts } from '../../persistence/journal-conflicts';

export type TreeList =
  | { state: 'loading' }
  | {
      state: 'ready';
      trees: TreeRow[];
      /** Trees with edits kept only in this browser's journal, because storing them failed again. */
      unstored: string[];
      /** Trees where a replayed journal's text lost to another tab's later save (shown when opened). */
      conflicted: string[];
    }
  | { state: 'failed'; message: string };

/** While journalled edits cannot be stored, how often to try again. */
const RETRY_MS = 3000;

/**
 * The stored trees, newest first, after replaying every tree's journal (edits a page could not
 * store before it went away), so the list shows them; seeds the example tree on the very first start.
 */
export function useTreeList(): [TreeList, () => Promise<void>] {
  const { repository, onTabMessage } = useServices();
  const [list, setList] = useState<TreeList>({ state: 'loading' });

  const refresh = useCallback(async () => {
    try {
      const unstored = await replayJournals(repository, window.localStorage);
      setList({ state: 'ready', trees: await repository.listTrees(), unstored, conflicted: treesWithJournalConflicts(window.localStorage) });
    } catch (error) {
      setList({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [repository]);

  useEffect(() => {
    let cancelled = false;
    repository
      .seedOnFirstRun(() => createExampleTree())
      .catch(() => undefined)
      .then(() => {
        if (!cancelled) void refresh();
      });
    const unsubscribe = onTabMessage(() => void refresh());
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [repository, refresh, onTabMessage]);

  // Keep trying to store journalled edits while they are not stored (e.g. until the disk has room).
  const unstoredCount = list.state === 'ready' ? list.unstored.length : 0;
  useEffect(() => {
    if (unstoredCount === 0) return;
    const timer = window.setInterval(() => void refresh(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [unstoredCount, refresh]);

  return [list, refresh];
}
