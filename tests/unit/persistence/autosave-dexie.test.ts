import 'fake-indexeddb/auto';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TreeDoc } from '../../../src/domain/types';
import { createAutosave, type AutosaveStatus } from '../../../src/persistence/autosave';
import type { OstDatabase } from '../../../src/persistence/db';
import { createRepository } from '../../../src/persistence/repository';
import { freshDatabase, sampleDoc } from './fixtures';

beforeAll(() => {
  enablePatches();
});

let db: OstDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('autosave on a real database', () => {
  it('stores a burst of edits on its own, and what it stored reopens as the edited tree', async () => {
    db = freshDatabase();
    const repository = createRepository(db);
    let doc: TreeDoc = sampleDoc();
    await repository.createTree(doc);

    let settled: (status: AutosaveStatus) => void = () => {};
    const saved = new Promise<AutosaveStatus>((resolve) => {
      settled = resolve;
    });
    const autosave = createAutosave({
      repository,
      getDoc: () => doc,
      debounceMs: 20,
      maxWaitMs: 40,
      onStatus: (status) => {
        if (status.state === 'saved' || status.state === 'error') settled(status);
      },
    });
    const edit = (recipe: (draft: Draft<TreeDoc>) => void) => {
      const [next, patches] = produceWithPatches(doc, recipe);
      doc = next;
      autosave.track(patches);
    };

    edit((draft) => {
      delete draft.nodes.exp;
    });
    edit((draft) => {
      draft.nodes.sol!.title = 'Decision log, searchable';
    });
    edit((draft) => {
      draft.evidence['ev-3'] = { id: 'ev-3', kind: 'analytics', firstHand: true, summary: 'Search is used daily' };
    });

    expect((await saved).state).toBe('saved');
    const stored = await repository.loadTree(doc.meta.id);
    expect(stored?.nodes).toStrictEqual(doc.nodes);
    expect(stored?.evidence).toStrictEqual(doc.evidence);
    autosave.dispose();
  });

  it('has the change stored by the time flush resolves', async () => {
    db = freshDatabase();
    const repository = createRepository(db);
    let doc: TreeDoc = sampleDoc();
    await repository.createTree(doc);
    const autosave = createAutosave({ repository, getDoc: () => doc, debounceMs: 10_000, maxWaitMs: 10_000 });
    const [next, patches] = produceWithPatches(doc, (draft) => {
      draft.meta.title = 'Leaving the page';
    });
    doc = next;
    autosave.track(patches);
    await autosave.flush();
    expect((await repository.loadTree(doc.meta.id))?.meta.title).toBe('Leaving the page');
    autosave.dispose();
  });
});
