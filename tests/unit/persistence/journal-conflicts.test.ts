import { describe, expect, it } from 'vitest';
import type { TreeDoc } from '../../../src/domain/types';
import { emptyChangedRows } from '../../../src/persistence/changed-rows';
import { readJournalConflicts, removeJournalConflict, settleJournalConflicts } from '../../../src/persistence/journal-conflicts';
import { loadTreeWithJournal } from '../../../src/persistence/journal-replay';
import { createRepository } from '../../../src/persistence/repository';
import { journalOf, readJournal, writeJournal } from '../../../src/persistence/unsaved-journal';
import { freshDatabase, memoryStorage, sampleDoc } from './fixtures';

/** Tab B's journal: it typed `title` on the outcome (last known stored: the sample's title) and closed at `writtenAt`. */
function titleJournal(known: TreeDoc, title: string, writtenAt: string) {
  const mine = structuredClone(known);
  mine.nodes.outcome!.title = title;
  mine.nodes.outcome!.description = 'Typed in tab B too';
  const rows = emptyChangedRows();
  rows.nodeIds.add('outcome');
  rows.nodeFields.set('outcome', new Set(['title', 'description']));
  return journalOf(mine, rows, writtenAt, { base: known, writer: 'tab-b' });
}

function storedWith(doc: TreeDoc, title: string, updatedAt: string): TreeDoc {
  const stored = structuredClone(doc);
  stored.nodes.outcome!.title = title;
  stored.meta.updatedAt = updatedAt;
  return stored;
}

describe('A journal replayed after another tab saved the same field', () => {
  const known = sampleDoc();

  it('keeps the later save of the other tab, and offers the journal’s text back', () => {
    const journal = titleJournal(known, 'Title typed in tab B', '2026-11-30T10:00:00.000Z');
    const stored = storedWith(known, 'Title saved in tab A', '2026-11-30T10:05:00.000Z');
    const { journal: rest, lost } = settleJournalConflicts(stored, journal);
    expect(lost).toEqual([{ table: 'nodes', rowId: 'outcome', field: 'title', value: 'Title typed in tab B' }]);
    // The field that did not clash is still replayed.
    expect(rest.nodeFields?.outcome).toEqual(['description']);
  });

  it('lets a journal written after that save win', () => {
    const journal = titleJournal(known, 'Title typed in tab B', '2026-11-30T10:10:00.000Z');
    const stored = storedWith(known, 'Title saved in tab A', '2026-11-30T10:05:00.000Z');
    const { journal: rest, lost, base } = settleJournalConflicts(stored, journal);
    expect(lost).toEqual([]);
    expect(rest.nodeFields?.outcome).toEqual(['title', 'description']);
    // Saved with what tab B knew stored, so the save reports the title it replaces to tab A.
    expect(base?.nodes.outcome?.title).toBe(known.nodes.outcome!.title);
  });

  it('finds no conflict when only this journal changed the field, or both wrote the same text', () => {
    const journal = titleJournal(known, 'Same text', '2026-11-30T10:00:00.000Z');
    expect(settleJournalConflicts(known, journal).lost).toEqual([]);
    expect(settleJournalConflicts(storedWith(known, 'Same text', '2026-11-30T10:05:00.000Z'), journal).lost).toEqual([]);
  });

  it('is found when the tree is opened: the stored title stays and the conflict waits to be announced', async () => {
    const storage = memoryStorage();
    const repository = createRepository(freshDatabase(), { now: () => new Date('2026-11-30T10:05:00.000Z') });
    await repository.createTree(known);
    writeJournal(storage, titleJournal(known, 'Title typed in tab B', '2026-11-30T10:00:00.000Z'));
    // Tab A saves its title after tab B closed.
    const tabA = structuredClone(known);
    tabA.nodes.outcome!.title = 'Title saved in tab A';
    const rows = emptyChangedRows();
    rows.nodeIds.add('outcome');
    rows.nodeFields.set('outcome', new Set(['title']));
    await repository.saveChanges(tabA, { ...rows, base: known });

    const opened = await loadTreeWithJournal(repository, storage, known.meta.id);
    expect(opened?.doc.nodes.outcome?.title).toBe('Title saved in tab A');
    expect(opened?.doc.nodes.outcome?.description).toBe('Typed in tab B too');
    expect(readJournal(storage, known.meta.id)).toBeNull();
    const waiting = readJournalConflicts(storage, known.meta.id);
    expect(waiting).toEqual([{ table: 'nodes', rowId: 'outcome', field: 'title', value: 'Title typed in tab B' }]);
    removeJournalConflict(storage, known.meta.id, 'nodes:outcome:title');
    expect(readJournalConflicts(storage, known.meta.id)).toEqual([]);
  });

  it('reports to an open tab what a later journal replaced', async () => {
    const storage = memoryStorage();
    const repository = createRepository(freshDatabase(), { now: () => new Date('2026-11-30T10:05:00.000Z') });
    await repository.createTree(known);
    const tabA = structuredClone(known);
    tabA.nodes.outcome!.title = 'Title saved in tab A';
    const rows = emptyChangedRows();
    rows.nodeIds.add('outcome');
    rows.nodeFields.set('outcome', new Set(['title']));
    await repository.saveChanges(tabA, { ...rows, base: known });
    writeJournal(storage, titleJournal(known, 'Title typed in tab B', '2026-11-30T10:10:00.000Z'));

    const reported: unknown[] = [];
    const opened = await loadTreeWithJournal(
      {
        loadTree: (id) => repository.loadTree(id),
        saveChanges: async (doc, changes) => {
          const outcome = await repository.saveChanges(doc, changes);
          reported.push(...outcome.overwritten);
          return outcome;
        },
      },
      storage,
      known.meta.id,
    );
    expect(opened?.doc.nodes.outcome?.title).toBe('Title typed in tab B');
    expect(reported).toEqual([{ table: 'nodes', rowId: 'outcome', field: 'title', value: 'Title saved in tab A' }]);
  });
});

describe('Clearing a journal after a save', () => {
  it('leaves a journal another page wrote', async () => {
    const { clearJournal } = await import('../../../src/persistence/unsaved-journal');
    const storage = memoryStorage();
    const journal = titleJournal(sampleDoc(), 'B', '2026-11-30T10:00:00.000Z');
    writeJournal(storage, journal);
    clearJournal(storage, journal.treeId, 'tab-a');
    expect(readJournal(storage, journal.treeId)).not.toBeNull();
    clearJournal(storage, journal.treeId, 'tab-b');
    expect(readJournal(storage, journal.treeId)).toBeNull();
  });
});
