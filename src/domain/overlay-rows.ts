import type { Evidence, OstNode, TreeDoc } from './types';

/**
 * Rows (and fields within rows) of one tree, as named by a change: the shape of persistence's
 * ChangedRows. An id listed in `nodeIds` without an entry in `nodeFields` means the whole row.
 */
export interface RowSelection {
  nodeIds: ReadonlySet<string>;
  evidenceIds: ReadonlySet<string>;
  nodeFields: ReadonlyMap<string, ReadonlySet<string>>;
  evidenceFields: ReadonlyMap<string, ReadonlySet<string>>;
  meta: boolean;
  metaFields: ReadonlySet<string> | null;
  all: boolean;
}

function overlayRow<T extends object>(under: T | undefined, over: T | undefined, fields: ReadonlySet<string> | undefined): T | undefined {
  // A whole-row selection, or a row one side does not have, takes `over` as it is.
  if (!fields || !under || !over) return over;
  const row: Record<string, unknown> = { ...(under as Record<string, unknown>) };
  const source = over as Record<string, unknown>;
  for (const field of fields) {
    if (source[field] === undefined) delete row[field];
    else row[field] = source[field];
  }
  return row as T;
}

function overlayTable<T extends object>(
  under: Readonly<Record<string, T>>,
  over: Readonly<Record<string, T>>,
  ids: ReadonlySet<string>,
  fieldsOf: ReadonlyMap<string, ReadonlySet<string>>,
): Record<string, T> {
  const table: Record<string, T> = { ...under };
  for (const id of ids) {
    const row = overlayRow(Object.hasOwn(under, id) ? under[id] : undefined, Object.hasOwn(over, id) ? over[id] : undefined, fieldsOf.get(id));
    if (row) table[id] = row;
    else delete table[id];
  }
  return table;
}

/**
 * `under` with the selected rows and fields taken from `over` (a row `over` lacks is removed).
 * Used to merge another tab's save into an open tree (under: the stored tree, over: this tab's
 * unsaved fields) and to keep track of what this tab knows is stored (under: that, over: what it
 * just saved). Pure; returns a new document sharing untouched rows with `under`.
 */
export function overlayRows(under: TreeDoc, over: TreeDoc, selection: RowSelection): TreeDoc {
  if (selection.all) return over;
  return {
    meta: selection.meta ? (overlayRow(under.meta, over.meta, selection.metaFields ?? undefined) ?? over.meta) : under.meta,
    nodes: overlayTable<OstNode>(under.nodes, over.nodes, selection.nodeIds, selection.nodeFields),
    evidence: overlayTable<Evidence>(under.evidence, over.evidence, selection.evidenceIds, selection.evidenceFields),
  };
}
