import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TreeDoc } from '../../../src/domain/types';
import type { OstDatabase } from '../../../src/persistence/db';
import { createRepository, TreeNotFoundError, type RepositoryOptions } from '../../../src/persistence/repository';
import { freshDatabase, sampleDoc } from './fixtures';
import { recordWrites } from './write-recorder';

const opened: OstDatabase[] = [];

function setup(options: RepositoryOptions = {}) {
  const db = freshDatabase();
  opened.push(db);
  const recorder = recordWrites(db);
  return { db, recorder, repository: createRepository(db, options) };
}

/** A clock the test moves by hand, one minute per tick. */
function tickingClock(start = '2026-03-01T10:00:00.000Z') {
  let time = Date.parse(start);
  return () => {
    time += 60_000;
    return new Date(time);
  };
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('createTree and loadTree', () => {
  it('gives back every field of every node and evidence item', async () => {
    const { repository } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    expect(await repository.loadTree(doc.meta.id)).toStrictEqual(doc);
  });

  it('answers undefined for a tree that was never stored', async () => {
    const { repository } = setup();
    expect(await repository.loadTree('nope')).toBeUndefined();
  });

  it('refuses to create over an existing tree and leaves it as it was', async () => {
    const { repository } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    const other = { ...sampleDoc(), meta: { ...doc.meta, title: 'Impostor' }, nodes: {} };
    await expect(repository.createTree(other)).rejects.toThrow();
    expect(await repository.loadTree(doc.meta.id)).toStrictEqual(doc);
  });

  it('keeps two trees apart even when they use the same node ids', async () => {
    const { repository } = setup();
    const first = sampleDoc('tree-a', 'A');
    const second = sampleDoc('tree-b', 'B');
    second.nodes.outcome = { ...second.nodes.outcome!, title: 'Only in B' };
    await repository.createTree(first);
    await repository.createTree(second);
    expect((await repository.loadTree('tree-a'))?.nodes.outcome?.title).toBe('Teams come back every week');
    expect((await repository.loadTree('tree-b'))?.nodes.outcome?.title).toBe('Only in B');
  });
});

describe('listTrees and countTrees', () => {
  it('lists the most recently changed tree first', async () => {
    const { repository } = setup({ now: tickingClock() });
    for (const [id, updatedAt] of [
      ['old', '2026-01-01T00:00:00.000Z'],
      ['newest', '2026-02-01T00:00:00.000Z'],
      ['middle', '2026-01-15T00:00:00.000Z'],
    ] as const) {
      const doc = sampleDoc(id, id);
      doc.meta.updatedAt = updatedAt;
      await repository.createTree(doc);
    }
    expect((await repository.listTrees()).map((row) => row.id)).toEqual(['newest', 'middle', 'old']);

    await repository.saveChanges(sampleDoc('old', 'old'), { nodeIds: [], evidenceIds: [], meta: true });
    expect((await repository.listTrees()).map((row) => row.id)).toEqual(['old', 'newest', 'middle']);
    expect(await repository.countTrees()).toBe(3);
  });

  it('stores the node count and the finding counts the summary reports', async () => {
    const { repository } = setup({
      summarize: (doc) => ({ errorCount: doc.meta.title.length, warningCount: Object.keys(doc.evidence).length }),
    });
    await repository.createTree(sampleDoc('t', 'four'));
    const [row] = await repository.listTrees();
    expect(row).toMatchObject({ id: 't', title: 'four', nodeCount: 4, errorCount: 4, warningCount: 2 });

    const smaller = sampleDoc('t', 'seven!!');
    delete smaller.nodes.exp;
    await repository.saveChanges(smaller, { nodeIds: ['exp'], evidenceIds: [], meta: true });
    const [after] = await repository.listTrees();
    expect(after).toMatchObject({ nodeCount: 3, errorCount: 7, warningCount: 2 });
  });
});

describe('saveChanges', () => {
  it('writes only the rows the change touched and deletes removed ones', async () => {
    const { repository, recorder } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);

    const next: TreeDoc = structuredClone(doc);
    next.nodes.sol = { ...next.nodes.sol!, title: 'Decision log with search' };
    delete next.nodes.exp;
    next.evidence['ev-3'] = { id: 'ev-3', kind: 'observation', firstHand: true, summary: 'Saw a team scroll Slack' };
    recorder.reset();
    await repository.saveChanges(next, { nodeIds: ['sol', 'exp'], evidenceIds: ['ev-3'], meta: false });

    expect(recorder.writes).toEqual([
      { table: 'nodes', type: 'put', rows: 1 },
      { table: 'nodes', type: 'delete', rows: 1 },
      { table: 'evidence', type: 'put', rows: 1 },
      { table: 'trees', type: 'put', rows: 1 },
    ]);
    const loaded = await repository.loadTree(doc.meta.id);
    expect(loaded?.nodes).toStrictEqual(next.nodes);
    expect(loaded?.evidence).toStrictEqual(next.evidence);
  });

  it('counts the stored nodes, also when two tabs add and remove the same rows', async () => {
    const { repository } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    const countOf = async () => (await repository.listTrees())[0]?.nodeCount;
    expect(await countOf()).toBe(4);

    // Tab A adds a node, tab B (which has not seen it) adds another: both are counted.
    const tabA: TreeDoc = structuredClone(doc);
    tabA.nodes.a = { ...tabA.nodes.sol!, id: 'a', title: 'From tab A', rank: 'a5' };
    await repository.saveChanges(tabA, { nodeIds: ['a'], evidenceIds: [], meta: false });
    const tabB: TreeDoc = structuredClone(doc);
    tabB.nodes.b = { ...tabB.nodes.sol!, id: 'b', title: 'From tab B', rank: 'a6' };
    await repository.saveChanges(tabB, { nodeIds: ['b'], evidenceIds: [], meta: false });
    expect(await countOf()).toBe(6);

    // Both delete the experiment: it leaves the count once. Saving a row again adds nothing.
    delete tabA.nodes.exp;
    delete tabB.nodes.exp;
    await repository.saveChanges(tabA, { nodeIds: ['exp'], evidenceIds: [], meta: false });
    await repository.saveChanges(tabB, { nodeIds: ['exp', 'b'], evidenceIds: [], meta: false });
    expect(await countOf()).toBe(5);
    expect(Object.keys((await repository.loadTree(doc.meta.id))!.nodes)).toHaveLength(5);
  });

  it('does not write rows the change did not name, even if they differ', async () => {
    const { repository } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    const next: TreeDoc = structuredClone(doc);
    next.nodes.opp = { ...next.nodes.opp!, title: 'Changed but not reported' };
    next.nodes.sol = { ...next.nodes.sol!, title: 'Reported' };
    await repository.saveChanges(next, { nodeIds: ['sol'], evidenceIds: [], meta: false });
    const loaded = await repository.loadTree(doc.meta.id);
    expect(loaded?.nodes.opp?.title).toBe('I lose track of what we decided');
    expect(loaded?.nodes.sol?.title).toBe('Reported');
  });

  it('stores the new title and settings with a fresh updatedAt', async () => {
    const { repository } = setup({ now: () => new Date('2026-05-05T05:05:05.000Z') });
    const doc = sampleDoc();
    await repository.createTree(doc);
    const next: TreeDoc = { ...doc, meta: { ...doc.meta, title: 'Renamed', settings: { silencedRules: [] } } };
    await repository.saveChanges(next, { nodeIds: [], evidenceIds: [], meta: true });
    expect((await repository.loadTree(doc.meta.id))?.meta).toStrictEqual({
      ...next.meta,
      updatedAt: '2026-05-05T05:05:05.000Z',
    });
  });

  it('rewrites every row and drops stale ones when the change covers the whole tree', async () => {
    const { repository } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    const replaced: TreeDoc = {
      meta: doc.meta,
      nodes: { outcome: doc.nodes.outcome! },
      evidence: { 'ev-9': { id: 'ev-9', kind: 'survey', firstHand: false, summary: 'NPS comments' } },
    };
    await repository.saveChanges(replaced, { nodeIds: [], evidenceIds: [], meta: false, all: true });
    const loaded = await repository.loadTree(doc.meta.id);
    expect(loaded?.nodes).toStrictEqual(replaced.nodes);
    expect(loaded?.evidence).toStrictEqual(replaced.evidence);
  });

  it('writes the whole tree when it was deleted meanwhile, never a fragment', async () => {
    const { repository } = setup();
    const doc = sampleDoc();
    await repository.createTree(doc);
    await repository.deleteTree(doc.meta.id);
    const next: TreeDoc = structuredClone(doc);
    next.nodes.exp = { ...next.nodes.exp!, result: 'Edited in a tab that had it open' };
    await repository.saveChanges(next, { nodeIds: ['exp'], evidenceIds: [], meta: false });
    const loaded = await repository.loadTree(doc.meta.id);
    expect(loaded?.nodes).toStrictEqual(next.nodes);
    expect(loaded?.evidence).toStrictEqual(next.evidence);
  });
});

describe('deleteTree', () => {
  it('removes the tree and all its rows, and re-creating what it returned restores it (undo)', async () => {
    const { db, repository } = setup();
    const doc = sampleDoc();
    const other = sampleDoc('other', 'Other');
    await repository.createTree(doc);
    await repository.createTree(other);

    const deleted = await repository.deleteTree(doc.meta.id);
    expect(deleted).toStrictEqual(doc);
    expect(await repository.loadTree(doc.meta.id)).toBeUndefined();
    expect(await db.nodes.where('treeId').equals(doc.meta.id).count()).toBe(0);
    expect(await db.evidence.where('treeId').equals(doc.meta.id).count()).toBe(0);
    expect(await repository.loadTree('other')).toStrictEqual(other);

    if (!deleted) throw new Error('deleteTree returned nothing');
    await repository.createTree(deleted);
    expect(await repository.loadTree(doc.meta.id)).toStrictEqual(doc);
    expect((await repository.listTrees()).map((row) => row.id).sort()).toEqual(['other', 'tree-1']);
  });

  it('answers undefined when there is nothing to delete', async () => {
    const { repository } = setup();
    expect(await repository.deleteTree('missing')).toBeUndefined();
  });
});

describe('duplicateTree', () => {
  it('makes an independent copy under a fresh id', async () => {
    const { repository } = setup({ now: () => new Date('2026-04-04T04:04:04.000Z') });
    const doc = sampleDoc();
    await repository.createTree(doc);

    const copy = await repository.duplicateTree(doc.meta.id);
    expect(copy.meta.id).not.toBe(doc.meta.id);
    expect(copy.meta).toMatchObject({
      title: 'Grow weekly active teams (copy)',
      createdAt: '2026-04-04T04:04:04.000Z',
      settings: doc.meta.settings,
    });
    expect(await repository.loadTree(copy.meta.id)).toStrictEqual(copy);

    const edited: TreeDoc = structuredClone(copy);
    edited.nodes.opp = { ...edited.nodes.opp!, title: 'Only the copy changed' };
    await repository.saveChanges(edited, { nodeIds: ['opp'], evidenceIds: [], meta: false });
    await repository.deleteTree(doc.meta.id);
    expect((await repository.loadTree(copy.meta.id))?.nodes.opp?.title).toBe('Only the copy changed');

    await repository.createTree(doc);
    expect(await repository.loadTree(doc.meta.id)).toStrictEqual(doc);
  });

  it('uses the title it is given', async () => {
    const { repository } = setup();
    await repository.createTree(sampleDoc());
    const copy = await repository.duplicateTree('tree-1', 'Workshop variant');
    expect((await repository.loadTree(copy.meta.id))?.meta.title).toBe('Workshop variant');
  });

  it('rejects for a tree that does not exist', async () => {
    const { repository } = setup();
    await expect(repository.duplicateTree('missing')).rejects.toBeInstanceOf(TreeNotFoundError);
  });
});

describe('renameTree', () => {
  it('changes the title and moves the tree to the top of the list', async () => {
    const { repository } = setup({ now: () => new Date('2027-01-01T00:00:00.000Z') });
    await repository.createTree(sampleDoc('a', 'A'));
    await repository.createTree(sampleDoc('b', 'B'));
    await repository.renameTree('a', 'Renamed A');
    const [first] = await repository.listTrees();
    expect(first).toMatchObject({ id: 'a', title: 'Renamed A', updatedAt: '2027-01-01T00:00:00.000Z' });
  });

  it('rejects for a tree that does not exist', async () => {
    const { repository } = setup();
    await expect(repository.renameTree('missing', 'x')).rejects.toBeInstanceOf(TreeNotFoundError);
  });
});

describe('seedOnFirstRun', () => {
  it('writes the example on the first start only, even after every tree was deleted', async () => {
    const { repository } = setup();
    const example = sampleDoc('example', 'Example tree');
    expect(await repository.seedOnFirstRun(() => example)).toStrictEqual(example);
    expect(await repository.loadTree('example')).toStrictEqual(example);

    expect(await repository.seedOnFirstRun(() => example)).toBeUndefined();
    await repository.deleteTree('example');
    expect(await repository.seedOnFirstRun(() => example)).toBeUndefined();
    expect(await repository.countTrees()).toBe(0);
  });

  it('does not seed where trees are already stored', async () => {
    const { repository } = setup();
    await repository.createTree(sampleDoc('mine', 'Mine'));
    expect(await repository.seedOnFirstRun(() => sampleDoc('example', 'Example'))).toBeUndefined();
    expect((await repository.listTrees()).map((row) => row.id)).toEqual(['mine']);
  });
});
