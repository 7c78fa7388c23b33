import type { Patch } from 'immer';

/**
 * The storage rows a change touched, read from the immer patches the store produced, and within
 * each row the fields, so a save can write just those fields onto the stored row (another tab may
 * have changed the others).
 */
export interface ChangedRows {
  nodeIds: Set<string>;
  evidenceIds: Set<string>;
  /**
   * The fields changed per node id. An id in `nodeIds` without an entry here changed as a whole
   * row (added, removed or replaced): the save writes the whole row.
   */
  nodeFields: Map<string, Set<string>>;
  evidenceFields: Map<string, Set<string>>;
  /** The tree row (title, settings, …) changed. */
  meta: boolean;
  /** The tree row's changed fields; null means the whole row (or none when `meta` is false). */
  metaFields: Set<string> | null;
  /** A patch replaced a whole table or the whole document: rewrite every row of the tree. */
  all: boolean;
}

export function emptyChangedRows(): ChangedRows {
  return { nodeIds: new Set(), evidenceIds: new Set(), nodeFields: new Map(), evidenceFields: new Map(), meta: false, metaFields: null, all: false };
}

/** Records one changed row, or one field of it (`field` undefined: the whole row). */
function addRow(ids: Set<string>, fields: Map<string, Set<string>>, id: string, field: string | undefined): void {
  const known = ids.has(id);
  const wholeAlready = known && !fields.has(id);
  ids.add(id);
  if (wholeAlready) return;
  if (field === undefined) {
    fields.delete(id);
    return;
  }
  const set = fields.get(id) ?? new Set<string>();
  set.add(field);
  fields.set(id, set);
}

function addMeta(rows: ChangedRows, field: string | undefined): void {
  const wholeAlready = rows.meta && rows.metaFields === null;
  rows.meta = true;
  if (wholeAlready) return;
  if (field === undefined) {
    rows.metaFields = null;
    return;
  }
  rows.metaFields ??= new Set();
  rows.metaFields.add(field);
}

export function changedRows(patches: readonly Patch[]): ChangedRows {
  const rows = emptyChangedRows();
  for (const { path } of patches) {
    const [table, rowId, field] = path;
    const fieldName = field === undefined ? undefined : String(field);
    if (table === 'meta') {
      addMeta(rows, rowId === undefined ? undefined : String(rowId));
    } else if ((table === 'nodes' || table === 'evidence') && rowId !== undefined) {
      if (table === 'nodes') addRow(rows.nodeIds, rows.nodeFields, String(rowId), fieldName);
      else addRow(rows.evidenceIds, rows.evidenceFields, String(rowId), fieldName);
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
  for (const id of more.nodeIds) {
    const fields = more.nodeFields.get(id);
    if (fields) for (const field of fields) addRow(into.nodeIds, into.nodeFields, id, field);
    else addRow(into.nodeIds, into.nodeFields, id, undefined);
  }
  for (const id of more.evidenceIds) {
    const fields = more.evidenceFields.get(id);
    if (fields) for (const field of fields) addRow(into.evidenceIds, into.evidenceFields, id, field);
    else addRow(into.evidenceIds, into.evidenceFields, id, undefined);
  }
  if (more.meta) {
    if (more.metaFields) for (const field of more.metaFields) addMeta(into, field);
    else addMeta(into, undefined);
  }
  into.all ||= more.all;
}

export function hasChangedRows(rows: ChangedRows): boolean {
  return rows.all || rows.meta || rows.nodeIds.size > 0 || rows.evidenceIds.size > 0;
}

/** Whether `field` of the node `id` (or the whole node) is among the changed rows. */
export function touchesNodeField(rows: ChangedRows, id: string, field: string): boolean {
  if (rows.all) return true;
  if (!rows.nodeIds.has(id)) return false;
  const fields = rows.nodeFields.get(id);
  return !fields || fields.has(field);
}
