import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { enablePatches, produceWithPatches, type Draft } from 'immer';
import { beforeAll, describe, expect, it } from 'vitest';
import { addNode } from '../../../src/domain/operations/add-node';
import { deleteSubtree } from '../../../src/domain/operations/delete-subtree';
import { addEvidence, deleteEvidence, linkEvidence } from '../../../src/domain/operations/evidence';
import { updateNode } from '../../../src/domain/operations/update-node';
import type { TreeDoc } from '../../../src/domain/types';
import { changedRows } from '../../../src/persistence/changed-rows';
import { createRepository } from '../../../src/persistence/repository';
import { freshDatabase, sampleDoc } from './fixtures';

beforeAll(() => {
  enablePatches();
});

type Step = (draft: Draft<TreeDoc>, pick: number) => void;

function nth<T>(items: T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

// Edits the way the editor makes them; each picks its target from the current document.
const steps: Step[] = [
  (draft, pick) => {
    const parent = nth(Object.values(draft.nodes).filter((node) => node.kind !== 'experiment'), pick);
    const kind = parent?.kind === 'solution' ? 'experiment' : parent?.kind === 'outcome' ? 'opportunity' : 'solution';
    if (parent) addNode(draft, { parentId: parent.id, kind, title: `added ${pick}` });
  },
  (draft, pick) => {
    const node = nth(Object.values(draft.nodes), pick);
    if (node) updateNode(draft, node.id, { title: `retitled ${pick}`, description: pick % 2 ? undefined : 'why' });
  },
  (draft, pick) => {
    const node = nth(Object.values(draft.nodes).filter((candidate) => candidate.parentId !== null), pick);
    if (node) deleteSubtree(draft, node.id);
  },
  (draft, pick) => {
    const id = addEvidence(draft, { kind: 'interview', firstHand: pick % 2 === 0, summary: `heard ${pick}` });
    const node = nth(Object.values(draft.nodes).filter((candidate) => candidate.kind === 'opportunity'), pick);
    if (node) linkEvidence(draft, node.id, id);
  },
  (draft, pick) => {
    const item = nth(Object.values(draft.evidence), pick);
    if (item) deleteEvidence(draft, item.id);
  },
  (draft, pick) => {
    draft.meta.title = `tree ${pick}`;
  },
];

describe('saving only the rows named by patches', () => {
  it('stores exactly the document the edits produced, after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(steps.length - 1), fc.nat(1000)), { minLength: 1, maxLength: 25 }),
        async (edits) => {
          const db = freshDatabase();
          const repository = createRepository(db);
          let doc = sampleDoc();
          await repository.createTree(doc);
          for (const [stepIndex, pick] of edits) {
            const step = steps[stepIndex];
            if (!step) continue;
            const [next, patches] = produceWithPatches(doc, (draft) => step(draft, pick));
            doc = next;
            await repository.saveChanges(doc, changedRows(patches));
          }
          const stored = await repository.loadTree(doc.meta.id);
          await db.delete();
          expect(stored?.nodes).toStrictEqual(doc.nodes);
          expect(stored?.evidence).toStrictEqual(doc.evidence);
          expect(stored?.meta.title).toBe(doc.meta.title);
        },
      ),
      { numRuns: 40 },
    );
    // Each save reads the rows it writes fields onto; 40 runs of up to 25 saves on a loaded machine.
  }, 30_000);
});
