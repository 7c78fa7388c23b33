import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OstDatabase } from '../../../src/persistence/db';
import { createRepository, TRASH_DAYS } from '../../../src/persistence/repository';
import { freshDatabase, sampleDoc } from './fixtures';

let db: OstDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('the Trash', () => {
  it('holds a deleted tree, out of the library, until it is restored whole', async () => {
    db = freshDatabase();
    const repository = createRepository(db);
    const doc = sampleDoc();
    await repository.createTree(doc);
    expect(await repository.trashTree(doc.meta.id)).toBe(true);
    expect(await repository.listTrees()).toEqual([]);
    expect((await repository.listTrash()).map((row) => row.id)).toEqual([doc.meta.id]);

    await repository.restoreTree(doc.meta.id);
    expect((await repository.listTrees()).map((row) => row.id)).toEqual([doc.meta.id]);
    expect(await repository.listTrash()).toEqual([]);
    expect(await repository.loadTree(doc.meta.id)).toStrictEqual(doc);
  });

  it(`removes a tree for good ${TRASH_DAYS} days after it was deleted`, async () => {
    db = freshDatabase();
    let clock = new Date('2026-01-01T00:00:00.000Z');
    const repository = createRepository(db, { now: () => clock });
    await repository.createTree(sampleDoc('old'));
    await repository.createTree(sampleDoc('recent'));
    await repository.trashTree('old');
    clock = new Date('2026-01-20T00:00:00.000Z');
    await repository.trashTree('recent');

    clock = new Date('2026-01-30T23:00:00.000Z');
    expect((await repository.listTrash()).map((row) => row.id)).toEqual(['recent', 'old']);
    clock = new Date('2026-02-01T00:00:00.000Z');
    expect((await repository.listTrash()).map((row) => row.id)).toEqual(['recent']);
    expect(await repository.loadTree('old')).toBeUndefined();
    expect(await db.nodes.where('treeId').equals('old').count()).toBe(0);
  });

  it('is where a save from a tab that still has the tree open leaves it', async () => {
    db = freshDatabase();
    const repository = createRepository(db);
    const doc = sampleDoc();
    await repository.createTree(doc);
    await repository.trashTree(doc.meta.id);
    await repository.saveChanges({ ...doc, meta: { ...doc.meta, title: 'Edited late' } }, { nodeIds: [], evidenceIds: [], meta: true });
    expect(await repository.listTrees()).toEqual([]);
  });
});

describe('createTrees', () => {
  it('stores every tree of a backup or none of them', async () => {
    db = freshDatabase();
    const repository = createRepository(db);
    await repository.createTree(sampleDoc('taken'));
    // The third tree's id is taken, so its write fails: the first two must not stay behind.
    await expect(repository.createTrees([sampleDoc('a'), sampleDoc('b'), sampleDoc('taken')])).rejects.toThrow();
    expect((await repository.listTrees()).map((row) => row.id)).toEqual(['taken']);
    await repository.createTrees([sampleDoc('a'), sampleDoc('b')]);
    expect((await repository.listTrees()).map((row) => row.id).sort()).toEqual(['a', 'b', 'taken']);
  });
});
