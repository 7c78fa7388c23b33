import type { TreeRow } from '../../persistence/db';
import { loadTreeWithJournal } from '../../persistence/journal-replay';
import type { TreeRepository } from '../../persistence/repository';
import { metaOf } from '../../persistence/rows';
import { addToJournal } from '../../persistence/unsaved-journal';
import type { TreeDoc } from '../../domain/types';

/**
 * Renames a tree from the library through the journal: the new title is journalled at once
 * (synchronously, so a reload right after loses nothing), then stored and the journal cleared.
 * Only the title is written onto the stored tree row.
 */
export async function renameThroughJournal(repository: TreeRepository, row: TreeRow, title: string): Promise<void> {
  addToJournal(window.localStorage, {
    treeId: row.id,
    writtenAt: new Date().toISOString(),
    nodes: {},
    evidence: {},
    meta: { ...metaOf(row), title },
    metaFields: ['title'],
    all: false,
  });
  const result = await loadTreeWithJournal(repository, window.localStorage, row.id);
  if (result?.unstored) throw new Error('The new title is kept in this browser but could not be stored yet.');
}

/** Every tree as the user left it, journalled edits included (stored or not), for a backup. */
export async function treesForBackup(repository: TreeRepository, rows: readonly TreeRow[]): Promise<TreeDoc[]> {
  const docs: TreeDoc[] = [];
  for (const row of rows) {
    const loaded = await loadTreeWithJournal(repository, window.localStorage, row.id);
    if (loaded) docs.push(loaded.doc);
  }
  return docs;
}
