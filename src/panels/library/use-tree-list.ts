import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../ui/services-context';
import { createExampleTree } from '../../domain/example-tree';
import type { TreeRow } from '../../persistence/db';

export type TreeList = { state: 'loading' } | { state: 'ready'; trees: TreeRow[] } | { state: 'failed'; message: string };

/** The stored trees, newest first; seeds the example tree on the very first start. */
export function useTreeList(): [TreeList, () => Promise<void>] {
  const { repository, onTabMessage } = useServices();
  const [list, setList] = useState<TreeList>({ state: 'loading' });

  const refresh = useCallback(async () => {
    try {
      setList({ state: 'ready', trees: await repository.listTrees() });
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

  return [list, refresh];
}
