import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TITLE_LENGTH } from '../../../../src/domain/file-format/limits';
import { prepareImport, prepareImports } from '../../../../src/domain/file-format/renew-ids';
import type { Tree } from '../../../../src/domain/types';
import { sampleTree } from './sample-files';

// Lets a test decide which ids newId hands out next; otherwise the real generator runs.
const nextIds = vi.hoisted(() => ({ queue: [] as string[] }));
vi.mock('../../../../src/domain/ids', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../src/domain/ids')>();
  return { newId: () => nextIds.queue.shift() ?? actual.newId() };
});

beforeEach(() => {
  nextIds.queue = [];
});

function fileTree(overrides: Partial<Tree> = {}): Tree {
  return { ...(sampleTree() as unknown as Tree), ...overrides };
}

describe('prepareImport', () => {
  it('gives the tree a new id even when its id is free', () => {
    const doc = prepareImport(fileTree(), { treeIds: new Set() });
    expect(doc.meta.id).not.toBe('tree-1');
    expect(doc.meta.id).toMatch(/^[0-9A-Za-z]{12}$/);
  });

  it('never picks the id of a stored tree', () => {
    nextIds.queue = ['stored-a', 'stored-b', 'fresh'];
    const doc = prepareImport(fileTree(), { treeIds: new Set(['stored-a', 'stored-b']) });
    expect(doc.meta.id).toBe('fresh');
  });

  it('keeps node and evidence ids, so parents and links still match', () => {
    const doc = prepareImport(fileTree(), { treeIds: new Set(['tree-1']) });
    expect(Object.keys(doc.nodes).sort()).toEqual(['exp-1', 'opp-1', 'opp-2', 'outcome', 'sol-1']);
    expect(doc.nodes['sol-1']?.parentId).toBe('opp-1');
    expect(doc.nodes['opp-1']?.evidenceIds).toEqual(['ev-1']);
    expect(doc.evidence['ev-1']?.summary).toBe('Three of five buyers left at the shipping step.');
  });

  it('keeps the file’s timestamps', () => {
    const doc = prepareImport(fileTree(), { treeIds: new Set() });
    expect(doc.meta).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
  });

  it('marks a title that a stored tree already has', () => {
    expect(prepareImport(fileTree(), { treeIds: new Set(), titles: new Set(['Checkout']) }).meta.title).toBe('Checkout (imported)');
    expect(prepareImport(fileTree(), { treeIds: new Set(), titles: new Set(['Search']) }).meta.title).toBe('Checkout');
  });

  it('shortens a marked title to stay within the title limit', () => {
    const title = 'a'.repeat(MAX_TITLE_LENGTH);
    const doc = prepareImport(fileTree({ title }), { treeIds: new Set(), titles: new Set([title]) });
    expect(doc.meta.title).toHaveLength(MAX_TITLE_LENGTH);
    expect(doc.meta.title.endsWith(' (imported)')).toBe(true);
  });

  it('does not cut an emoji in half when shortening', () => {
    const title = `${'a'.repeat(MAX_TITLE_LENGTH - 12)}🌳${'b'.repeat(10)}`;
    const doc = prepareImport(fileTree({ title }), { treeIds: new Set(), titles: new Set([title]) });
    expect(doc.meta.title).toBe(`${'a'.repeat(MAX_TITLE_LENGTH - 12)} (imported)`);
  });
});

describe('prepareImports', () => {
  it('gives every tree of a backup its own id, even trees that shared one in the file', () => {
    nextIds.queue = ['one', 'one', 'two'];
    const docs = prepareImports([fileTree(), fileTree()], { treeIds: new Set() });
    expect(docs.map((doc) => doc.meta.id)).toEqual(['one', 'two']);
  });

  it('does not mark trees of one backup as duplicates of each other', () => {
    const docs = prepareImports([fileTree(), fileTree()], { treeIds: new Set(), titles: new Set() });
    expect(docs.map((doc) => doc.meta.title)).toEqual(['Checkout', 'Checkout']);
  });
});
