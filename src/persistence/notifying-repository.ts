import type { TreeRepository } from './repository';
import type { TabSync } from './tab-sync';

/** The repository, telling other tabs after every successful write. */
export function notifyingRepository(repository: TreeRepository, tabSync: Pick<TabSync, 'notify'>): TreeRepository {
  return {
    ...repository,
    async createTree(doc) {
      await repository.createTree(doc);
      tabSync.notify({ type: 'trees-changed', treeId: doc.meta.id });
    },
    async deleteTree(id) {
      const deleted = await repository.deleteTree(id);
      if (deleted) tabSync.notify({ type: 'tree-deleted', treeId: id });
      return deleted;
    },
    async trashTree(id) {
      const trashed = await repository.trashTree(id);
      if (trashed) tabSync.notify({ type: 'tree-deleted', treeId: id });
      return trashed;
    },
    async restoreTree(id) {
      await repository.restoreTree(id);
      tabSync.notify({ type: 'trees-changed', treeId: id });
    },
    async createTrees(docs) {
      await repository.createTrees(docs);
      for (const doc of docs) tabSync.notify({ type: 'trees-changed', treeId: doc.meta.id });
    },
    async duplicateTree(id, newTitle) {
      const copy = await repository.duplicateTree(id, newTitle);
      tabSync.notify({ type: 'trees-changed', treeId: copy.meta.id });
      return copy;
    },
    async renameTree(id, title) {
      await repository.renameTree(id, title);
      tabSync.notify({ type: 'tree-saved', treeId: id });
    },
    async saveChanges(doc, changes) {
      const outcome = await repository.saveChanges(doc, changes);
      tabSync.notify({ type: 'tree-saved', treeId: doc.meta.id, ...(outcome.overwritten.length > 0 ? { overwritten: outcome.overwritten } : {}) });
      return outcome;
    },
    async seedOnFirstRun(makeExample) {
      const example = await repository.seedOnFirstRun(makeExample);
      if (example) tabSync.notify({ type: 'trees-changed', treeId: example.meta.id });
      return example;
    },
  };
}
