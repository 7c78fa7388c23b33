import type { Patch } from 'immer';

/** The storage rows a change touched, read from the immer patches the store produced. */
export interface ChangedRows {
  nodeIds: Set<string>;
  evidenceIds: Set<string>;
  /** The tree row (title, settings, …) changed. */
  meta: boolean;
  /** A patch replaced a whole table or the whole document: rewrite every row of the tree. */
  all: boolean;
}

export function emptyChangedRows(): ChangedRows {
  return { nodeIds: new Set(), evidenceIds: new Set(), meta: false, all: false };
}

export function changedRows(patches: readonly Patch[]): ChangedRows {
  const rows = emptyChangedRows();
  for (const { path } of patches) {
    const [table, rowId] = path;
    if (table === 'meta') {
      rows.meta = true;
    } else if ((table === 'nodes' || table === 'evidence') && rowId !== undefined) {
      (table === 'nodes' ? rows.nodeIds : rows.evidenceIds).add(String(rowId));
    } else {
      // [] , ['nodes'], ['evidence'] or a path the document shape does not have: we cannot name
      // the rows, so the safe answer is all of them.
      rows.all = true;
    }
  }
  return rows;
}

/** Adds `more` into `into` (used to keep unsaved changes across saves and failed writes). */
export function mergeChangedRows(into: ChangedRows, more: ChangedRows): void {
  for (const id of more.nodeIds) into.nodeIds.add(id);
  for (const id of more.evidenceIds) into.evidenceIds.add(id);
  into.meta ||= more.meta;
  into.all ||= more.all;
}

export function hasChangedRows(rows: ChangedRows): boolean {
  return rows.all || rows.meta || rows.nodeIds.size > 0 || rows.evidenceIds.size > 0;
}
