import { overlayRows } from '../domain/overlay-rows';
import type { Evidence, OstNode, TreeDoc, TreeMeta } from '../domain/types';
import type { ChangedRows } from './changed-rows';

/**
 * The rows a tab had not yet stored when the page went away, written synchronously to
 * localStorage on `pagehide`. An IndexedDB write started while a page unloads (a reload right
 * after typing) may never commit; this record is replayed into IndexedDB on the next open.
 */
export interface UnsavedJournal {
  treeId: string;
  writtenAt: string;
  /** A row's new value, or null when it was deleted. */
  nodes: Record<string, OstNode | null>;
  evidence: Record<string, Evidence | null>;
  meta: TreeMeta | null;
  /** Every row of the tree is in `nodes`/`evidence`; rows not listed were deleted. */
  all: boolean;
  /**
   * The changed fields per row; a row without an entry is written whole. Replaying writes only
   * these fields, so a field another tab saved since stays. (Absent in journals of older versions.)
   */
  nodeFields?: Record<string, string[]>;
  evidenceFields?: Record<string, string[]>;
  metaFields?: string[] | null;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'ost-editor:unsaved:';

export function journalOf(doc: TreeDoc, rows: ChangedRows, writtenAt = new Date().toISOString()): UnsavedJournal {
  const nodeIds = rows.all ? Object.keys(doc.nodes) : [...rows.nodeIds];
  const evidenceIds = rows.all ? Object.keys(doc.evidence) : [...rows.evidenceIds];
  return {
    treeId: doc.meta.id,
    writtenAt,
    nodes: Object.fromEntries(nodeIds.map((id) => [id, doc.nodes[id] ?? null])),
    evidence: Object.fromEntries(evidenceIds.map((id) => [id, doc.evidence[id] ?? null])),
    meta: rows.meta || rows.all ? doc.meta : null,
    all: rows.all,
    nodeFields: Object.fromEntries([...rows.nodeFields].map(([id, fields]) => [id, [...fields]])),
    evidenceFields: Object.fromEntries([...rows.evidenceFields].map(([id, fields]) => [id, [...fields]])),
    metaFields: rows.metaFields ? [...rows.metaFields] : null,
  };
}

function unionFields(
  older: Record<string, string[]> | undefined,
  newer: Record<string, string[]> | undefined,
  olderIds: Iterable<string>,
  newerIds: Iterable<string>,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const whole = new Set<string>();
  for (const [ids, fields] of [[olderIds, older], [newerIds, newer]] as const) {
    for (const id of ids) {
      const listed = fields?.[id];
      if (!listed) whole.add(id);
      else result[id] = [...new Set([...(result[id] ?? []), ...listed])];
    }
  }
  for (const id of whole) delete result[id];
  return result;
}

/** One journal holding both: `newer`'s rows and values win, the changed fields add up. */
export function mergeJournals(older: UnsavedJournal, newer: UnsavedJournal): UnsavedJournal {
  if (newer.all) return newer;
  const metaFields =
    older.meta && newer.meta
      ? older.metaFields && newer.metaFields
        ? [...new Set([...older.metaFields, ...newer.metaFields])]
        : null
      : (newer.meta ? newer.metaFields : older.metaFields) ?? null;
  return {
    treeId: newer.treeId,
    writtenAt: newer.writtenAt,
    nodes: { ...older.nodes, ...newer.nodes },
    evidence: { ...older.evidence, ...newer.evidence },
    meta: newer.meta ?? older.meta,
    all: older.all,
    nodeFields: unionFields(older.nodeFields, newer.nodeFields, Object.keys(older.nodes), Object.keys(newer.nodes)),
    evidenceFields: unionFields(older.evidenceFields, newer.evidenceFields, Object.keys(older.evidence), Object.keys(newer.evidence)),
    metaFields,
  };
}

/**
 * Adds to the tree's journal (merging with what is there, e.g. edits from an earlier page that
 * could not be stored either). Returns false when it could not be written (storage full or blocked).
 */
export function addToJournal(storage: KeyValueStorage, journal: UnsavedJournal): boolean {
  const existing = readJournal(storage, journal.treeId);
  return writeJournal(storage, existing ? mergeJournals(existing, journal) : journal);
}

/** The ids of every tree with a journal in this storage. */
export function journalledTreeIds(storage: Pick<Storage, 'length' | 'key'>): string[] {
  const ids: string[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(KEY_PREFIX)) ids.push(key.slice(KEY_PREFIX.length));
    }
  } catch {
    // Storage unavailable: nothing journalled here.
  }
  return ids;
}

/** Returns false when the journal could not be written (storage full or blocked). */
export function writeJournal(storage: KeyValueStorage, journal: UnsavedJournal): boolean {
  try {
    storage.setItem(KEY_PREFIX + journal.treeId, JSON.stringify(journal));
    return true;
  } catch {
    return false;
  }
}

export function readJournal(storage: KeyValueStorage, treeId: string): UnsavedJournal | null {
  try {
    const text = storage.getItem(KEY_PREFIX + treeId);
    if (!text) return null;
    const parsed = JSON.parse(text) as Partial<UnsavedJournal>;
    if (parsed.treeId !== treeId || typeof parsed.nodes !== 'object' || typeof parsed.evidence !== 'object') return null;
    return parsed as UnsavedJournal;
  } catch {
    return null;
  }
}

export function clearJournal(storage: KeyValueStorage, treeId: string): void {
  try {
    storage.removeItem(KEY_PREFIX + treeId);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

function fieldMap(fields: Record<string, string[]> | undefined): Map<string, Set<string>> {
  return new Map(Object.entries(fields ?? {}).map(([id, list]) => [id, new Set(list)]));
}

/** The stored tree with the journal's rows applied, and the rows a save must write. */
export function applyJournal(stored: TreeDoc, journal: UnsavedJournal): { doc: TreeDoc; changes: ChangedRows } {
  const nodes = journal.all ? {} : { ...stored.nodes };
  const evidence = journal.all ? {} : { ...stored.evidence };
  for (const [id, node] of Object.entries(journal.nodes)) {
    if (node) nodes[id] = node;
    else delete nodes[id];
  }
  for (const [id, item] of Object.entries(journal.evidence)) {
    if (item) evidence[id] = item;
    else delete evidence[id];
  }
  const journalled: TreeDoc = { meta: journal.meta ?? stored.meta, nodes, evidence };
  const selection: ChangedRows = {
    nodeIds: new Set(Object.keys(journal.nodes)),
    evidenceIds: new Set(Object.keys(journal.evidence)),
    meta: journal.meta !== null,
    all: journal.all,
    nodeFields: fieldMap(journal.nodeFields),
    evidenceFields: fieldMap(journal.evidenceFields),
    metaFields: journal.metaFields ? new Set(journal.metaFields) : null,
  };
  // Only the journalled fields replace the stored ones: another tab may have saved the rest since.
  return { doc: overlayRows(stored, journalled, selection), changes: selection };
}
