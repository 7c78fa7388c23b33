import type { TreeDoc } from '../domain/types';
import type { ChangedRows } from './changed-rows';
import type { TreeRepository } from './repository';
import { addJournalConflicts, settleJournalConflicts } from './journal-conflicts';
import { applyJournal, clearJournal, journalledTreeIds, readJournal } from './unsaved-journal';

type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'length' | 'key'>;

/** A tree as the user left it: stored rows with its journal applied, and what is still unstored. */
export interface JournalledTree {
  doc: TreeDoc;
  /** Rows the journal holds that could not be stored yet (e.g. the disk is still full); null once stored. */
  unstored: ChangedRows | null;
}

/**
 * Loads a tree with its journal (edits a page could not store before it went away) applied, and
 * tries to store them; the journal is cleared only once they are stored. A journalled field that
 * another tab saved later keeps that tab's value, and the journal's text is kept to be announced
 * (journal-conflicts.ts). Undefined when no such tree is stored (its journal is then dropped:
 * there is nothing left to apply it to).
 */
export async function loadTreeWithJournal(
  repository: Pick<TreeRepository, 'loadTree' | 'saveChanges'>,
  storage: JournalStorage,
  treeId: string,
): Promise<JournalledTree | undefined> {
  const stored = await repository.loadTree(treeId);
  const journal = readJournal(storage, treeId);
  if (!stored) {
    if (journal) clearJournal(storage, treeId);
    return undefined;
  }
  if (!journal) return { doc: stored, unstored: null };
  const settled = settleJournalConflicts(stored, journal);
  addJournalConflicts(storage, treeId, settled.lost);
  const { doc, changes } = applyJournal(stored, settled.journal);
  try {
    await repository.saveChanges(doc, settled.base ? { ...changes, base: settled.base } : changes);
    clearJournal(storage, treeId);
    return { doc, unstored: null };
  } catch {
    return { doc, unstored: changes };
  }
}

/**
 * Replays every tree's journal into storage (at start-up, and whenever the library shows), so the
 * library list and backups see edits that only reached the journal. Returns the ids of trees
 * whose journalled edits could still not be stored.
 */
export async function replayJournals(repository: Pick<TreeRepository, 'loadTree' | 'saveChanges'>, storage: JournalStorage): Promise<string[]> {
  const unstored: string[] = [];
  for (const treeId of journalledTreeIds(storage)) {
    try {
      const result = await loadTreeWithJournal(repository, storage, treeId);
      if (result?.unstored) unstored.push(treeId);
    } catch {
      unstored.push(treeId);
    }
  }
  return unstored;
}
