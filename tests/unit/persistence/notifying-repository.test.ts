import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OstDatabase } from '../../../src/persistence/db';
import { notifyingRepository } from '../../../src/persistence/notifying-repository';
import { createRepository } from '../../../src/persistence/repository';
import type { TabMessage } from '../../../src/persistence/tab-sync';
import { freshDatabase, sampleDoc } from './fixtures';

let db: OstDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

function setup() {
  db = freshDatabase();
  const sent: Array<Omit<TabMessage, 'sourceTabId'>> = [];
  const repository = notifyingRepository(createRepository(db), { notify: (message) => sent.push(message) });
  return { repository, sent };
}

describe('notifyingRepository', () => {
  it('tells other tabs after each create, save, rename, duplicate and delete', async () => {
    const { repository, sent } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    await repository.saveChanges(doc, { nodeIds: ['opp'], evidenceIds: [], meta: false });
    await repository.renameTree(doc.meta.id, 'Renamed');
    const copy = await repository.duplicateTree(doc.meta.id);
    await repository.deleteTree(doc.meta.id);
    expect(sent).toEqual([
      { type: 'trees-changed', treeId: 'tree-1' },
      { type: 'tree-saved', treeId: 'tree-1' },
      { type: 'tree-saved', treeId: 'tree-1' },
      { type: 'trees-changed', treeId: copy.meta.id },
      { type: 'tree-deleted', treeId: 'tree-1' },
    ]);
  });

  it('says nothing when the write failed or changed nothing', async () => {
    const { repository, sent } = setup();
    await repository.createTree(sampleDoc());
    sent.length = 0;
    await expect(repository.createTree(sampleDoc())).rejects.toThrow();
    expect(await repository.deleteTree('missing')).toBeUndefined();
    expect(await repository.seedOnFirstRun(() => sampleDoc('example'))).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it('tells other tabs when the example tree is seeded', async () => {
    const { repository, sent } = setup();
    await repository.seedOnFirstRun(() => sampleDoc('example'));
    expect(sent).toEqual([{ type: 'trees-changed', treeId: 'example' }]);
  });
});
