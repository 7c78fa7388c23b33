import { newId } from '../ids';
import { treeToDoc } from '../tree-doc';
import type { Tree, TreeDoc } from '../types';
import { MAX_TITLE_LENGTH } from './limits';

export interface ExistingTrees {
  /** Ids of the trees already stored; the imported tree gets an id outside this set. */
  treeIds: ReadonlySet<string>;
  /** Titles of the trees already stored; an imported tree with the same title is marked " (imported)". */
  titles?: ReadonlySet<string>;
}

export const IMPORTED_SUFFIX = ' (imported)';

/**
 * Turns a checked tree from a file into the document of a NEW tree, so an import never overwrites
 * a stored one. The tree id is always fresh (not only on collision): importing the same file twice
 * gives two trees, and nothing in the file decides which stored tree it lands in.
 *
 * Node and evidence ids are kept: storage keys them by `[treeId+id]`, so under a fresh tree id they
 * cannot collide with another tree's rows, and keeping them keeps every parentId and evidence link
 * consistent without rewriting. (Ids duplicated inside one file never get here: the structure check
 * refuses them.) Timestamps are kept as in the file, so a restored backup keeps its order by last
 * change.
 */
export function prepareImport(tree: Tree, existing: ExistingTrees): TreeDoc {
  const doc = treeToDoc(tree);
  doc.meta.id = freshId(existing.treeIds);
  if (existing.titles?.has(tree.title)) doc.meta.title = markImported(tree.title);
  return doc;
}

/** Prepares every tree of one import (a backup), each with its own fresh id. */
export function prepareImports(trees: readonly Tree[], existing: ExistingTrees): TreeDoc[] {
  const takenIds = new Set(existing.treeIds);
  return trees.map((tree) => {
    const doc = prepareImport(tree, { treeIds: takenIds, titles: existing.titles });
    takenIds.add(doc.meta.id);
    return doc;
  });
}

function freshId(taken: ReadonlySet<string>): string {
  let id = newId();
  while (taken.has(id)) id = newId();
  return id;
}

/** Appends the suffix, shortening the title if needed so it stays within the import limit. */
function markImported(title: string): string {
  let room = MAX_TITLE_LENGTH - IMPORTED_SUFFIX.length;
  if (title.length <= room) return title + IMPORTED_SUFFIX;
  // Do not cut between the two halves of a surrogate pair (an emoji, say).
  const last = title.charCodeAt(room - 1);
  if (last >= 0xd800 && last <= 0xdbff) room -= 1;
  return title.slice(0, room) + IMPORTED_SUFFIX;
}
