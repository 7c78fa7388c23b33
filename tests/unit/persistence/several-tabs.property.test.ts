import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { TreeDoc } from '../../../src/domain/types';
import { mergeOtherTabSave } from '../../../src/app/editor/tab-merge';
import { createAutosave, type Autosave } from '../../../src/persistence/autosave';
import type { OstDatabase } from '../../../src/persistence/db';
import { notifyingRepository } from '../../../src/persistence/notifying-repository';
import { createRepository, type TreeRepository } from '../../../src/persistence/repository';
import type { TabMessage } from '../../../src/persistence/tab-sync';
import { createEditorStore, type EditorStore } from '../../../src/store/editor-store';
import { freshDatabase, sampleDoc } from './fixtures';

/**
 * Two tabs over one database, as the app wires them: an editor store, autosave, a repository that
 * announces each save, and the field-by-field merge of the other tab's saves. fast-check drives
 * random interleavings of edits, saves (started, not awaited) and announcements. Whatever the
 * order: the stored value of every field is the one written by the last acknowledged save that
 * touched it (no acknowledged write is lost), and once everything is delivered both tabs show
 * exactly what is stored.
 */

const NODE_IDS = ['outcome', 'opp', 'sol', 'exp'] as const;
const FIELDS = ['title', 'description', 'result'] as const;

type Command =
  | { type: 'edit'; tab: 0 | 1; nodeId: (typeof NODE_IDS)[number]; field: (typeof FIELDS)[number]; value: string }
  | { type: 'rename'; tab: 0 | 1; value: string }
  | { type: 'save'; tab: 0 | 1 }
  | { type: 'deliver'; tab: 0 | 1 };

const tab = fc.constantFrom<0 | 1>(0, 1);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ type: fc.constant('edit' as const), tab, nodeId: fc.constantFrom(...NODE_IDS), field: fc.constantFrom(...FIELDS), value: fc.string({ maxLength: 6 }) }),
  fc.record({ type: fc.constant('rename' as const), tab, value: fc.string({ minLength: 1, maxLength: 6 }) }),
  fc.record({ type: fc.constant('save' as const), tab }),
  fc.record({ type: fc.constant('deliver' as const), tab }),
);

interface Tab {
  store: EditorStore;
  autosave: Autosave;
  inbox: TabMessage[];
}

/** Every acknowledged save's written values, in the order the saves committed. */
type Acknowledged = Map<string, unknown>;

let db: OstDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

async function openTab(base: TreeRepository, index: 0 | 1, tabs: Tab[], acknowledged: Acknowledged, pending: Promise<unknown>[]): Promise<Tab> {
  const repository = notifyingRepository(
    {
      ...base,
      async saveChanges(doc, changes) {
        const outcome = await base.saveChanges(doc, changes);
        // The save committed: what it wrote is now the value every field it touched must keep.
        for (const id of changes.nodeIds) {
          const fields = changes.nodeFields?.get(id) ?? FIELDS;
          for (const field of fields) acknowledged.set(`${id}.${field}`, (doc.nodes[id] as unknown as Record<string, unknown> | undefined)?.[field]);
        }
        if (changes.meta && (changes.metaFields?.has('title') ?? true)) acknowledged.set('meta.title', doc.meta.title);
        return outcome;
      },
    },
    { notify: (message) => tabs[1 - index]!.inbox.push({ ...message, sourceTabId: String(index) }) },
  );
  const loaded = (await repository.loadTree('tree-1'))!;
  let autosave: Autosave | null = null;
  const store = createEditorStore(loaded, { onPatches: (patches) => autosave?.track(patches) });
  autosave = createAutosave({ repository, getDoc: () => store.getState().doc, initialBase: loaded, debounceMs: 60_000, maxWaitMs: 60_000 });
  void pending;
  return { store, autosave, inbox: [] };
}

function deliver(target: Tab, repository: TreeRepository): Promise<void> {
  const messages = target.inbox.splice(0);
  return messages.reduce<Promise<void>>(
    (chain, message) => chain.then(() => mergeOtherTabSave(message, { repository, store: target.store, autosave: target.autosave, onLost: () => {}, isCancelled: () => false })),
    Promise.resolve(),
  );
}

function fieldsOf(doc: TreeDoc): Record<string, unknown> {
  const values: Record<string, unknown> = { 'meta.title': doc.meta.title };
  for (const id of NODE_IDS) for (const field of FIELDS) values[`${id}.${field}`] = (doc.nodes[id] as unknown as Record<string, unknown>)[field];
  return values;
}

describe('two tabs editing one tree', () => {
  it('never lose an acknowledged write, and agree with the stored tree once every save is delivered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 30 }), async (commands) => {
        await db?.delete();
        db = freshDatabase();
        const base = createRepository(db);
        await base.createTree(sampleDoc());
        const acknowledged: Acknowledged = new Map();
        const pending: Promise<unknown>[] = [];
        const tabs: Tab[] = [];
        tabs.push(await openTab(base, 0, tabs, acknowledged, pending));
        tabs.push(await openTab(base, 1, tabs, acknowledged, pending));
        // One delivery chain per tab keeps a tab's merges in announcement order, as the app does.
        const deliveries: Promise<void>[] = [Promise.resolve(), Promise.resolve()];

        for (const step of commands) {
          const target = tabs[step.tab]!;
          const { actions } = target.store.getState();
          if (step.type === 'edit') actions.updateNode(step.nodeId, { [step.field]: step.field === 'title' ? step.value : step.value || undefined });
          else if (step.type === 'rename') actions.setTreeTitle(step.value);
          else if (step.type === 'save') pending.push(target.autosave.flush());
          else deliveries[step.tab] = deliveries[step.tab]!.then(() => deliver(target, base));
          // Let some of the started work run between commands, as events do in a browser.
          await new Promise((resolve) => setTimeout(resolve, 0));
        }

        // Settle: save and deliver until neither tab has anything unsaved or undelivered.
        for (let round = 0; round < 6; round++) {
          await Promise.all([...pending.splice(0), ...deliveries]);
          await Promise.all(tabs.map((each) => each.autosave.flush()));
          for (const index of [0, 1] as const) deliveries[index] = deliveries[index]!.then(() => deliver(tabs[index]!, base));
          await Promise.all(deliveries);
        }

        const stored = (await base.loadTree('tree-1'))!;
        const storedFields = fieldsOf(stored);
        for (const [key, value] of acknowledged) expect(storedFields[key], key).toEqual(value);
        for (const each of tabs) {
          expect(each.autosave.status().state).toBe('saved');
          expect(fieldsOf(each.store.getState().doc)).toEqual(storedFields);
          each.autosave.dispose();
        }
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
