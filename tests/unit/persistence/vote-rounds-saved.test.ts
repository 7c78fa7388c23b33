import 'fake-indexeddb/auto';
import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { changedRows, emptyChangedRows, mergeChangedRows } from '../../../src/persistence/changed-rows';
import { createRepository } from '../../../src/persistence/repository';
import { createEditorStore } from '../../../src/store/editor-store';
import { buildDoc } from '../domain/rules/build-doc';
import { freshDatabase } from './fixtures';

describe('voting rounds in storage', () => {
  it('reach the stored tree row through the patch-driven save, and load back unchanged', async () => {
    const db = freshDatabase();
    const repository = createRepository(db);
    const doc = buildDoc({
      kind: 'outcome',
      children: [{ kind: 'opportunity', id: 'opp', children: [{ kind: 'solution', id: 's1' }, { kind: 'solution', id: 's2' }] }],
    });
    await repository.createTree(doc);
    const patches: Patch[] = [];
    const store = createEditorStore(doc, { onPatches: (next) => patches.push(...next) });
    const { actions } = store.getState();
    actions.startVoteRound({ parentId: 'opp', voters: 2, dotsPerVoter: 2 });
    actions.placeDot('s1');
    actions.nextVoter();
    actions.placeDot('s2');
    actions.revealVoteRound();

    const rows = emptyChangedRows();
    mergeChangedRows(rows, changedRows(patches));
    expect(rows).toMatchObject({ meta: true, all: false });
    expect(rows.nodeIds.size).toBe(0);
    await repository.saveChanges(store.getState().doc, rows);

    const stored = await repository.loadTree(doc.meta.id);
    await db.delete();
    expect(stored?.meta.voteRounds).toStrictEqual(store.getState().doc.meta.voteRounds);
  });
});
