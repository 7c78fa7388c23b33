import { applyPatches, type Patch } from 'immer';
import type { TreeDoc } from '../domain/types';
import type { HistoryEntry } from './history';

/** A node the user has just added and is naming; `entry` is the history step that added it. */
export interface FreshNode {
  id: string;
  entry: HistoryEntry;
}

/** What taking back an unnamed new node does: the document, history and selection after it. */
export interface FreshNodeRollback {
  doc: TreeDoc;
  past: HistoryEntry[];
  patches: Patch[];
  selectedId: string | null;
}

/**
 * A new node left empty is removed when editing ends (DESIGN.md keyboard map). When the step that
 * added it is still on top of the history (followed only by title edits, e.g. typed and erased),
 * the node is taken back as if it had never been added, so undo has no phantom step; returns null
 * when the node has a title or children, or other changes came after it (then it stays).
 */
export function rollbackFreshNode(doc: TreeDoc, past: readonly HistoryEntry[], fresh: FreshNode): FreshNodeRollback | null {
  const node = doc.nodes[fresh.id];
  if (!node || node.title.trim() !== '') return null;
  if (Object.values(doc.nodes).some((other) => other.parentId === fresh.id)) return null;
  const index = past.lastIndexOf(fresh.entry);
  if (index < 0) return null;
  const later = past.slice(index + 1);
  if (!later.every((entry) => entry.label === 'Edit title')) return null;
  const steps = past.slice(index).reverse();
  const patches = steps.flatMap((entry) => entry.inversePatches);
  return { doc: applyPatches(doc, patches), past: past.slice(0, index), patches, selectedId: fresh.entry.selectionBefore };
}
