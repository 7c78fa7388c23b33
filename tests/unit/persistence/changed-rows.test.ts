import { enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import { addNode } from '../../../src/domain/operations/add-node';
import { deleteSubtree } from '../../../src/domain/operations/delete-subtree';
import { addEvidence, deleteEvidence, linkEvidence } from '../../../src/domain/operations/evidence';
import { updateNode } from '../../../src/domain/operations/update-node';
import type { TreeDoc } from '../../../src/domain/types';
import { changedRows, emptyChangedRows, hasChangedRows, mergeChangedRows } from '../../../src/persistence/changed-rows';
import { sampleDoc } from './fixtures';

beforeAll(() => {
  enablePatches();
});

function patchesOf(recipe: (draft: Draft<TreeDoc>) => void | TreeDoc, doc: TreeDoc = sampleDoc()): Patch[] {
  return produceWithPatches(doc, recipe)[1];
}

describe('changedRows', () => {
  it('names an added node', () => {
    const rows = changedRows(patchesOf((draft) => void addNode(draft, { parentId: 'opp', kind: 'solution', id: 'new-sol' })));
    expect([...rows.nodeIds]).toEqual(['new-sol']);
    expect(rows.evidenceIds.size).toBe(0);
    expect(rows).toMatchObject({ meta: false, all: false });
  });

  it('names a node whose field was replaced, once, however deep the change', () => {
    const rows = changedRows(
      patchesOf((draft) => {
        updateNode(draft, 'outcome', { title: 'Retain teams' });
        draft.nodes.outcome!.keyResults![0]!.target = 250;
      }),
    );
    expect([...rows.nodeIds]).toEqual(['outcome']);
  });

  it('names every node of a removed subtree', () => {
    const rows = changedRows(patchesOf((draft) => void deleteSubtree(draft, 'sol')));
    expect([...rows.nodeIds].sort()).toEqual(['exp', 'sol']);
  });

  it('names a deleted evidence item and the nodes that lost their link to it', () => {
    const rows = changedRows(patchesOf((draft) => deleteEvidence(draft, 'ev-1')));
    expect([...rows.evidenceIds]).toEqual(['ev-1']);
    expect([...rows.nodeIds].sort()).toEqual(['opp', 'sol']);
  });

  it('names added evidence and the node it was linked to', () => {
    const rows = changedRows(
      patchesOf((draft) => {
        addEvidence(draft, { id: 'ev-3', kind: 'observation', firstHand: true, summary: 'Watched a retro' });
        linkEvidence(draft, 'opp', 'ev-3');
      }),
    );
    expect([...rows.evidenceIds]).toEqual(['ev-3']);
    expect([...rows.nodeIds]).toEqual(['opp']);
  });

  it('flags the tree row when the title or settings change', () => {
    const rows = changedRows(
      patchesOf((draft) => {
        draft.meta.title = 'New name';
        draft.meta.settings.silencedRules.push('evidence-unused');
      }),
    );
    expect(rows).toMatchObject({ meta: true, all: false });
    expect(rows.nodeIds.size + rows.evidenceIds.size).toBe(0);
  });

  it('asks for everything when a whole table is replaced', () => {
    const rows = changedRows(
      patchesOf((draft) => {
        draft.nodes = {};
      }),
    );
    expect(rows.all).toBe(true);
  });

  it('asks for everything when the whole document is replaced', () => {
    const replacement = sampleDoc('other');
    const rows = changedRows(patchesOf(() => replacement));
    expect(rows.all).toBe(true);
  });

  it('reports nothing for no patches', () => {
    expect(hasChangedRows(changedRows([]))).toBe(false);
  });
});

describe('mergeChangedRows', () => {
  it('keeps the rows of both changes', () => {
    const kept = emptyChangedRows();
    mergeChangedRows(kept, changedRows(patchesOf((draft) => updateNode(draft, 'opp', { votes: 3 }))));
    mergeChangedRows(kept, changedRows(patchesOf((draft) => deleteEvidence(draft, 'ev-2'))));
    mergeChangedRows(kept, changedRows(patchesOf((draft) => void (draft.meta.title = 'x'))));
    expect([...kept.nodeIds]).toEqual(['opp']);
    expect([...kept.evidenceIds]).toEqual(['ev-2']);
    expect(kept).toMatchObject({ meta: true, all: false });
  });
});
