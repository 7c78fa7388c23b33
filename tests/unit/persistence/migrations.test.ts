import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { OstDatabase } from '../../../src/persistence/db';
import { createRepository } from '../../../src/persistence/repository';
import { sampleDoc } from './fixtures';
import { SHIPPED_SCHEMAS, writeAsRelease, type ShippedVersion } from './schema-history';

// The pattern for every future version n: write a database as release n-1 did (rows in that
// release's shape), open it with the current OstDatabase, and check what the user sees.

const opened: OstDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function current(name: string): OstDatabase {
  const db = new OstDatabase(name, { indexedDB, IDBKeyRange });
  opened.push(db);
  return db;
}

describe('opening databases written by earlier releases', () => {
  it('declares every shipped schema, the newest as the current one', async () => {
    const db = current('ost-migration-schema');
    await db.open();
    const newest = Math.max(...Object.keys(SHIPPED_SCHEMAS).map(Number)) as ShippedVersion;
    expect(db.verno).toBe(newest);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SHIPPED_SCHEMAS[newest]).sort());
  });

  it('reads a tree stored by version 1 unchanged', async () => {
    const name = 'ost-migration-v1';
    const doc = sampleDoc();
    await writeAsRelease(name, 1, {
      trees: [{ ...doc.meta, nodeCount: 4, errorCount: 1, warningCount: 2 }],
      nodes: Object.values(doc.nodes).map((node) => ({ ...node, treeId: doc.meta.id })),
      evidence: Object.values(doc.evidence).map((item) => ({ ...item, treeId: doc.meta.id })),
      appSettings: [{ key: 'firstRunDone', value: true }],
    });

    const repository = createRepository(current(name));
    expect(await repository.loadTree(doc.meta.id)).toStrictEqual(doc);
    expect(await repository.listTrees()).toEqual([{ ...doc.meta, nodeCount: 4, errorCount: 1, warningCount: 2 }]);
    expect(await repository.seedOnFirstRun(() => sampleDoc('example'))).toBeUndefined();
  });
});
