import { useCallback, useEffect, useState } from 'react';
import type { TreeRow } from '../../persistence/db';
import { TRASH_DAYS } from '../../persistence/repository';
import { useServices } from '../../ui/services-context';
import { relativeTime } from './relative-time';

/** Days left before a tree deleted at `deletedAt` leaves the Trash for good. */
function daysLeft(deletedAt: string, now = Date.now()): number {
  const elapsedDays = (now - new Date(deletedAt).getTime()) / (24 * 60 * 60 * 1000);
  return Math.max(0, Math.ceil(TRASH_DAYS - elapsedDays));
}

/**
 * The Trash: trees deleted in the last TRASH_DAYS days, each with "Restore" (back into the
 * library). Older ones are removed for good when the Trash is read.
 */
export function TrashView({ onRestored }: { onRestored: () => void }) {
  const { repository } = useServices();
  const [trees, setTrees] = useState<TreeRow[] | null>(null);

  const load = useCallback(async () => setTrees(await repository.listTrash()), [repository]);
  useEffect(() => {
    void load();
  }, [load]);

  async function restore(id: string) {
    await repository.restoreTree(id);
    await load();
    onRestored();
  }

  return (
    <section className="trash-view" aria-label="Trash" data-testid="trash-list">
      <h2>Trash</h2>
      <p className="field-note">Deleted trees stay here for {TRASH_DAYS} days, then they are removed for good.</p>
      {trees === null && <p>Loading…</p>}
      {trees?.length === 0 && <p className="library-empty">The Trash is empty.</p>}
      <ul className="trash-items">
        {trees?.map((tree) => (
          <li key={tree.id} className="trash-item" data-tree-id={tree.id}>
            <span className="trash-item-title">{tree.title}</span>
            <span className="field-note">
              deleted {relativeTime(tree.deletedAt ?? tree.updatedAt)} · {daysLeft(tree.deletedAt ?? tree.updatedAt)} days left
            </span>
            <button type="button" className="btn" data-testid="restore-tree" onClick={() => void restore(tree.id)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
