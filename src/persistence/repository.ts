import { newId } from '../domain/ids';
import type { TreeDoc } from '../domain/types';
import type { OstDatabase, TreeRow } from './db';
import { writeFieldsOnto, type OverwrittenField } from './field-merge';
import { docOf, evidenceRowOf, metaOf, nodeRowOf, treeRowOf, type TreeSummary } from './rows';

export type { TreeSummary } from './rows';

export interface RepositoryOptions {
  /** Counts findings for the tree library; runs on every save with the saved document. */
  summarize?: (doc: TreeDoc) => TreeSummary;
  /** The clock for createdAt/updatedAt (tests pin it). */
  now?: () => Date;
}

/** What a save must write; `all` rewrites every node and evidence row of the tree. */
export interface TreeChanges {
  nodeIds: Iterable<string>;
  evidenceIds: Iterable<string>;
  meta: boolean;
  all?: boolean;
  /**
   * The fields changed per row; a row listed in `nodeIds`/`evidenceIds` without an entry is
   * written whole. With fields, only they are copied onto the stored row (another tab may have
   * changed the rest).
   */
  nodeFields?: ReadonlyMap<string, ReadonlySet<string>>;
  evidenceFields?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The tree row's changed fields; null or absent means the whole row. */
  metaFields?: ReadonlySet<string> | null;
  /** The tree as this tab last knew it stored; touched fields stored differently are reported. */
  base?: TreeDoc;
}

/** What a save found: stored values it replaced that another tab had written. */
export interface SaveOutcome {
  overwritten: OverwrittenField[];
}

export interface TreeRepository {
  /** Every tree's row, most recently changed first; trees in the Trash are not listed. */
  listTrees(): Promise<TreeRow[]>;
  /** Trees in the Trash, most recently deleted first; removes for good those past TRASH_DAYS. */
  listTrash(): Promise<TreeRow[]>;
  /** Moves a tree to the Trash (kept TRASH_DAYS days); false when there is no such tree. */
  trashTree(id: string): Promise<boolean>;
  /** Brings a tree back from the Trash into the library. */
  restoreTree(id: string): Promise<void>;
  /** Writes new trees all together in one transaction: either every one is stored or none is. */
  createTrees(docs: readonly TreeDoc[]): Promise<void>;
  countTrees(): Promise<number>;
  loadTree(id: string): Promise<TreeDoc | undefined>;
  /** Writes a new tree; rejects if a tree with that id already exists. */
  createTree(doc: TreeDoc): Promise<void>;
  /** Removes the tree for good and returns what was removed (an import's undo; the Trash's expiry). */
  deleteTree(id: string): Promise<TreeDoc | undefined>;
  duplicateTree(id: string, newTitle?: string): Promise<TreeDoc>;
  renameTree(id: string, title: string): Promise<void>;
  /** Writes the changed rows, fields onto the stored rows where known, in one transaction. */
  saveChanges(doc: TreeDoc, changes: TreeChanges): Promise<SaveOutcome>;
  /**
   * On the very first start, writes `makeExample()` and returns it; afterwards (even when the user
   * has since deleted every tree) does nothing and returns undefined.
   */
  seedOnFirstRun(makeExample: () => TreeDoc): Promise<TreeDoc | undefined>;
}

export class TreeNotFoundError extends Error {
  override name = 'TreeNotFoundError';
  constructor(readonly treeId: string) {
    super(`No tree with id "${treeId}" is stored.`);
  }
}

/** How long a deleted tree stays in the Trash before it is removed for good. */
export const TRASH_DAYS = 30;

// Set once any tree has been written, so deleting every tree never brings the example back.
const FIRST_RUN_DONE = 'firstRunDone';

const noFindings = (): TreeSummary => ({ errorCount: 0, warningCount: 0 });

export function createRepository(db: OstDatabase, options: RepositoryOptions = {}): TreeRepository {
  const summarize = options.summarize ?? noFindings;
  const now = options.now ?? (() => new Date());

  async function readTree(id: string): Promise<TreeDoc | undefined> {
    const treeRow = await db.trees.get(id);
    if (!treeRow) return undefined;
    const [nodeRows, evidenceRows] = await Promise.all([
      db.nodes.where('treeId').equals(id).toArray(),
      db.evidence.where('treeId').equals(id).toArray(),
    ]);
    return docOf(treeRow, nodeRows, evidenceRows);
  }

  // Callers run these inside a rw transaction over the tables they touch.
  async function writeNewTree(doc: TreeDoc): Promise<void> {
    const treeId = doc.meta.id;
    await db.trees.add(treeRowOf(doc, summarize(doc)));
    await db.nodes.bulkPut(Object.values(doc.nodes).map((node) => nodeRowOf(treeId, node)));
    await db.evidence.bulkPut(Object.values(doc.evidence).map((item) => evidenceRowOf(treeId, item)));
    await db.appSettings.put({ key: FIRST_RUN_DONE, value: true });
  }

  async function removeRows(treeId: string): Promise<void> {
    await db.nodes.where('treeId').equals(treeId).delete();
    await db.evidence.where('treeId').equals(treeId).delete();
  }

  async function rewriteRows(doc: TreeDoc): Promise<void> {
    const treeId = doc.meta.id;
    await removeRows(treeId);
    await db.nodes.bulkPut(Object.values(doc.nodes).map((node) => nodeRowOf(treeId, node)));
    await db.evidence.bulkPut(Object.values(doc.evidence).map((item) => evidenceRowOf(treeId, item)));
  }

  /**
   * One table's touched rows as writes: each row with field changes goes onto its stored row
   * (`storedRows`, read in the same transaction, in `ids` order); a row this tab lacks is deleted.
   * `added` and `removed` count rows that are new to, or leave, the store.
   */
  function planTable<R extends object>(
    table: 'nodes' | 'evidence',
    treeId: string,
    ids: readonly string[],
    storedRows: readonly unknown[],
    local: Readonly<Record<string, R>>,
    fieldsOf: ReadonlyMap<string, ReadonlySet<string>> | undefined,
    base: Readonly<Record<string, R>> | undefined,
    overwritten: OverwrittenField[],
  ): { puts: Record<string, unknown>[]; deletes: [string, string][]; added: number; removed: number } {
    const puts: Record<string, unknown>[] = [];
    const deletes: [string, string][] = [];
    let added = 0;
    let removed = 0;
    ids.forEach((id, index) => {
      const row = Object.hasOwn(local, id) ? local[id] : undefined;
      const stored = storedRows[index] as Record<string, unknown> | undefined;
      if (!row) {
        deletes.push([treeId, id]);
        if (stored) removed += 1;
        return;
      }
      if (!stored) added += 1;
      const fields = fieldsOf?.get(id);
      if (stored && fields) {
        const baseRow = base && Object.hasOwn(base, id) ? { ...base[id], treeId } : undefined;
        const merged = writeFieldsOnto(stored, { ...row, treeId }, fields, baseRow, { table, rowId: id });
        overwritten.push(...merged.overwritten);
        puts.push(merged.row);
      } else {
        puts.push({ ...row, treeId });
      }
    });
    return { puts, deletes, added, removed };
  }

  const keysOf = (treeId: string, ids: readonly string[]) => ids.map((id): [string, string] => [treeId, id]);

  return {
    listTrees: async () => (await db.trees.orderBy('updatedAt').reverse().toArray()).filter((row) => !row.deletedAt),

    listTrash: () =>
      db.transaction('rw', db.trees, db.nodes, db.evidence, async () => {
        const cutoff = new Date(now().getTime() - TRASH_DAYS * 24 * 60 * 60 * 1000).toISOString();
        const trashed = (await db.trees.toArray()).filter((row) => row.deletedAt);
        for (const row of trashed.filter((each) => (each.deletedAt ?? '') < cutoff)) {
          await db.trees.delete(row.id);
          await removeRows(row.id);
        }
        return trashed
          .filter((row) => (row.deletedAt ?? '') >= cutoff)
          .sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
      }),

    trashTree: async (id) => (await db.trees.update(id, { deletedAt: now().toISOString() })) > 0,

    restoreTree: async (id) => {
      await db.trees.where('id').equals(id).modify((row) => {
        delete row.deletedAt;
      });
    },

    createTrees: (docs) =>
      db.transaction('rw', db.trees, db.nodes, db.evidence, db.appSettings, async () => {
        for (const doc of docs) await writeNewTree(doc);
      }),

    countTrees: () => db.trees.count(),

    loadTree: (id) => db.transaction('r', db.trees, db.nodes, db.evidence, () => readTree(id)),

    createTree: (doc) =>
      db.transaction('rw', db.trees, db.nodes, db.evidence, db.appSettings, () => writeNewTree(doc)),

    deleteTree: (id) =>
      db.transaction('rw', db.trees, db.nodes, db.evidence, async () => {
        const doc = await readTree(id);
        if (!doc) return undefined;
        await db.trees.delete(id);
        await removeRows(id);
        return doc;
      }),

    duplicateTree: (id, newTitle) =>
      db.transaction('rw', db.trees, db.nodes, db.evidence, db.appSettings, async () => {
        const source = await readTree(id);
        if (!source) throw new TreeNotFoundError(id);
        const timestamp = now().toISOString();
        // Node and evidence ids stay: rows are keyed by [treeId+id], so they cannot collide.
        const copy: TreeDoc = {
          meta: {
            ...source.meta,
            id: newId(),
            title: newTitle ?? `${source.meta.title} (copy)`,
            createdAt: timestamp,
            updatedAt: timestamp,
          },
          nodes: source.nodes,
          evidence: source.evidence,
        };
        await writeNewTree(copy);
        return copy;
      }),

    renameTree: async (id, title) => {
      // Only the title: Dexie's update reads and writes the row in one transaction.
      const updated = await db.trees.update(id, { title, updatedAt: now().toISOString() });
      if (updated === 0) throw new TreeNotFoundError(id);
    },

    saveChanges: (doc, changes) => {
      // Counted before the transaction opens, so no computation holds the database.
      const summary = summarize(doc);
      return db.transaction('rw', db.trees, db.nodes, db.evidence, async (): Promise<SaveOutcome> => {
        const treeId = doc.meta.id;
        const overwritten: OverwrittenField[] = [];
        const nodeIds = [...changes.nodeIds];
        const evidenceIds = [...changes.evidenceIds];
        // Every read at once, then every write at once: each request to IndexedDB is a round trip
        // to the browser's storage process (several ms on a busy machine), so a save makes two.
        const [stored, storedNodes, storedEvidence, nodeCountBefore] = await Promise.all([
          db.trees.get(treeId),
          changes.all || nodeIds.length === 0 ? [] : db.nodes.bulkGet(keysOf(treeId, nodeIds)),
          changes.all || evidenceIds.length === 0 ? [] : db.evidence.bulkGet(keysOf(treeId, evidenceIds)),
          changes.all ? 0 : db.nodes.where('treeId').equals(treeId).count(),
        ]);
        const updatedAt = now().toISOString();
        // A tree deleted meanwhile (e.g. in another tab) is written whole, never as a fragment.
        if (!stored || changes.all) {
          await rewriteRows(doc);
          await db.trees.put(treeRowOf(doc, summary, updatedAt));
          return { overwritten };
        }
        const base = changes.base;
        const nodes = planTable('nodes', treeId, nodeIds, storedNodes, doc.nodes, changes.nodeFields, base?.nodes, overwritten);
        const evidence = planTable('evidence', treeId, evidenceIds, storedEvidence, doc.evidence, changes.evidenceFields, base?.evidence, overwritten);
        // Only the tree fields this change touched; the rest (e.g. a rename in another tab) stay.
        const fields = changes.meta ? (changes.metaFields ?? Object.keys(doc.meta)) : [];
        const merged = writeFieldsOnto(metaOf(stored), doc.meta, fields, base?.meta, { table: 'meta', rowId: treeId });
        overwritten.push(...merged.overwritten.filter((entry) => entry.field !== 'updatedAt'));
        const treeRow: TreeRow = {
          ...treeRowOf({ ...doc, meta: merged.row }, summary, updatedAt),
          // Counted from the store (another tab may have added nodes this tab has not seen).
          nodeCount: nodeCountBefore + nodes.added - nodes.removed,
          // A save from a tab that still has a trashed tree open leaves it in the Trash.
          ...(stored.deletedAt ? { deletedAt: stored.deletedAt } : {}),
        };
        await Promise.all([
          nodes.puts.length > 0 ? db.nodes.bulkPut(nodes.puts as never[]) : undefined,
          nodes.deletes.length > 0 ? db.nodes.bulkDelete(nodes.deletes) : undefined,
          evidence.puts.length > 0 ? db.evidence.bulkPut(evidence.puts as never[]) : undefined,
          evidence.deletes.length > 0 ? db.evidence.bulkDelete(evidence.deletes) : undefined,
          db.trees.put(treeRow),
        ]);
        return { overwritten };
      });
    },

    seedOnFirstRun: (makeExample) =>
      db.transaction('rw', db.trees, db.nodes, db.evidence, db.appSettings, async () => {
        const done = await db.appSettings.get(FIRST_RUN_DONE);
        if (done) return undefined;
        if ((await db.trees.count()) > 0) {
          await db.appSettings.put({ key: FIRST_RUN_DONE, value: true });
          return undefined;
        }
        const example = makeExample();
        await writeNewTree(example);
        return example;
      }),
  };
}
