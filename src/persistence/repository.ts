import { newId } from '../domain/ids';
import type { TreeDoc } from '../domain/types';
import type { OstDatabase, TreeRow } from './db';
import { docOf, evidenceRowOf, nodeRowOf, treeRowOf, type TreeSummary } from './rows';

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
}

export interface TreeRepository {
  /** Every tree's row, most recently changed first. */
  listTrees(): Promise<TreeRow[]>;
  countTrees(): Promise<number>;
  loadTree(id: string): Promise<TreeDoc | undefined>;
  /** Writes a new tree; rejects if a tree with that id already exists. */
  createTree(doc: TreeDoc): Promise<void>;
  /** Removes the tree and returns what was removed, so the UI can undo with createTree. */
  deleteTree(id: string): Promise<TreeDoc | undefined>;
  duplicateTree(id: string, newTitle?: string): Promise<TreeDoc>;
  renameTree(id: string, title: string): Promise<void>;
  saveChanges(doc: TreeDoc, changes: TreeChanges): Promise<void>;
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

  async function writeTouchedRows(doc: TreeDoc, changes: TreeChanges): Promise<void> {
    const treeId = doc.meta.id;
    const nodePuts = [];
    const nodeDeletes: [string, string][] = [];
    for (const id of changes.nodeIds) {
      const node = Object.hasOwn(doc.nodes, id) ? doc.nodes[id] : undefined;
      if (node) nodePuts.push(nodeRowOf(treeId, node));
      else nodeDeletes.push([treeId, id]);
    }
    const evidencePuts = [];
    const evidenceDeletes: [string, string][] = [];
    for (const id of changes.evidenceIds) {
      const item = Object.hasOwn(doc.evidence, id) ? doc.evidence[id] : undefined;
      if (item) evidencePuts.push(evidenceRowOf(treeId, item));
      else evidenceDeletes.push([treeId, id]);
    }
    if (nodePuts.length > 0) await db.nodes.bulkPut(nodePuts);
    if (nodeDeletes.length > 0) await db.nodes.bulkDelete(nodeDeletes);
    if (evidencePuts.length > 0) await db.evidence.bulkPut(evidencePuts);
    if (evidenceDeletes.length > 0) await db.evidence.bulkDelete(evidenceDeletes);
  }

  return {
    listTrees: () => db.trees.orderBy('updatedAt').reverse().toArray(),

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
      const updated = await db.trees.update(id, { title, updatedAt: now().toISOString() });
      if (updated === 0) throw new TreeNotFoundError(id);
    },

    saveChanges: (doc, changes) => {
      // Counted before the transaction opens, so no computation holds the database.
      const summary = summarize(doc);
      return db.transaction('rw', db.trees, db.nodes, db.evidence, async () => {
        // A tree deleted meanwhile (e.g. in another tab) is written whole, never as a fragment.
        const stored = await db.trees.get(doc.meta.id);
        if (!stored || changes.all) await rewriteRows(doc);
        else await writeTouchedRows(doc, changes);
        await db.trees.put(treeRowOf(doc, summary, now().toISOString()));
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
