import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { OstDatabase } from '../../../src/persistence/db';
import { createRepository } from '../../../src/persistence/repository';
import type { TreeDoc } from '../../../src/domain/types';
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

/** The sample tree as release 1 stored it: the outcome had one `metric`, no key results. */
function versionOneDoc(): { meta: TreeDoc['meta']; nodes: Record<string, object>; evidence: TreeDoc['evidence'] } {
  const doc = sampleDoc();
  const { keyResults: _keyResults, objective: _objective, businessGoal: _businessGoal, ...outcome } = doc.nodes.outcome!;
  return {
    ...doc,
    nodes: { ...doc.nodes, outcome: { ...outcome, metric: { name: 'WAU teams', baseline: 120, target: 200, unit: 'teams', deadline: '2026-06-30' } } },
  };
}

describe('opening databases written by earlier releases', () => {
  it('declares every shipped schema, the newest as the current one', async () => {
    const db = current('ost-migration-schema');
    await db.open();
    const newest = Math.max(...Object.keys(SHIPPED_SCHEMAS).map(Number)) as ShippedVersion;
    expect(db.verno).toBe(newest);
    expect(db.tables.map((table) => table.name).sort()).toEqual(Object.keys(SHIPPED_SCHEMAS[newest]).sort());
  });

  it('reads a tree stored by version 1, its outcome metric now its one key result', async () => {
    const name = 'ost-migration-v1';
    const doc = versionOneDoc();
    await writeAsRelease(name, 1, {
      trees: [{ ...doc.meta, nodeCount: 4, errorCount: 1, warningCount: 2 }],
      nodes: Object.values(doc.nodes).map((node) => ({ ...node, treeId: doc.meta.id })),
      evidence: Object.values(doc.evidence).map((item) => ({ ...item, treeId: doc.meta.id })),
      appSettings: [{ key: 'firstRunDone', value: true }],
    });

    const db = current(name);
    const repository = createRepository(db);
    const loaded = await repository.loadTree(doc.meta.id);
    const { metric: _metric, ...outcomeWithoutMetric } = doc.nodes.outcome as Record<string, unknown>;
    expect(loaded?.nodes.outcome).toStrictEqual({
      ...outcomeWithoutMetric,
      keyResults: [{ id: expect.any(String), name: 'WAU teams', baseline: 120, target: 200, unit: 'teams', deadline: '2026-06-30' }],
    });
    // Every other node and all evidence come through unchanged.
    expect({ ...loaded?.nodes, outcome: undefined }).toStrictEqual({ ...doc.nodes, outcome: undefined });
    expect(loaded?.evidence).toStrictEqual(doc.evidence);
    expect(loaded?.meta).toStrictEqual(doc.meta);
    expect(await repository.listTrees()).toEqual([{ ...doc.meta, nodeCount: 4, errorCount: 1, warningCount: 2 }]);
    expect(await repository.seedOnFirstRun(() => sampleDoc('example'))).toBeUndefined();

    // The upgrade rewrote the stored row itself, not only what a load shows.
    const row = (await db.nodes.get([doc.meta.id, 'outcome'])) as unknown as Record<string, unknown>;
    expect(row).not.toHaveProperty('metric');
    expect(row.keyResults).toHaveLength(1);
  });

  it('leaves rows without a metric as they were, and a metric-less outcome without key results', async () => {
    const name = 'ost-migration-v1-plain';
    const doc = versionOneDoc();
    const { metric: _metric, ...plainOutcome } = doc.nodes.outcome as Record<string, unknown>;
    await writeAsRelease(name, 1, {
      trees: [{ ...doc.meta, nodeCount: 4, errorCount: 0, warningCount: 0 }],
      nodes: [{ ...plainOutcome, treeId: doc.meta.id }],
    });
    const loaded = await createRepository(current(name)).loadTree(doc.meta.id);
    expect(loaded?.nodes.outcome).toStrictEqual(plainOutcome);
  });
});
