import { describe, expect, it } from 'vitest';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import { emptyChangedRows } from '../../../src/persistence/changed-rows';
import { applyJournal, clearJournal, journalOf, readJournal, writeJournal } from '../../../src/persistence/unsaved-journal';
import { memoryStorage } from './fixtures';

describe('unsaved journal', () => {
  it('replays edited, added and deleted rows onto the stored tree', () => {
    const stored = createBlankTree('Stored');
    const rootId = rootOf(stored)!.id;
    const doomed = addNode(stored, { parentId: rootId, kind: 'opportunity', title: 'doomed' });

    const current = structuredClone(stored);
    current.nodes[rootId]!.title = 'Typed just before the reload';
    const added = addNode(current, { parentId: rootId, kind: 'opportunity', title: 'new' });
    delete current.nodes[doomed];
    current.meta.title = 'Renamed';

    const rows = emptyChangedRows();
    rows.nodeIds = new Set([rootId, added, doomed]);
    rows.meta = true;
    const storage = memoryStorage();
    expect(writeJournal(storage, journalOf(current, rows))).toBe(true);

    const journal = readJournal(storage, stored.meta.id)!;
    const { doc, changes } = applyJournal(stored, journal);
    expect(doc.nodes[rootId]!.title).toBe('Typed just before the reload');
    expect(doc.nodes[added]!.title).toBe('new');
    expect(doc.nodes[doomed]).toBeUndefined();
    expect(doc.meta.title).toBe('Renamed');
    expect([...changes.nodeIds].sort()).toEqual([rootId, added, doomed].sort());
  });

  it('is gone once cleared, and a broken entry reads as none', () => {
    const storage = memoryStorage();
    const doc = createBlankTree('t');
    writeJournal(storage, journalOf(doc, { ...emptyChangedRows(), meta: true }));
    clearJournal(storage, doc.meta.id);
    expect(readJournal(storage, doc.meta.id)).toBeNull();
    storage.setItem(`ost-editor:unsaved:${doc.meta.id}`, '{not json');
    expect(readJournal(storage, doc.meta.id)).toBeNull();
  });

  it('reports a full storage instead of throwing', () => {
    const full = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(writeJournal(full, journalOf(createBlankTree('t'), emptyChangedRows()))).toBe(false);
  });
});
