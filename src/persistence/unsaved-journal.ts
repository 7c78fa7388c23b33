import type { Evidence, OstNode, TreeDoc, TreeMeta } from '../domain/types';
import type { ChangedRows } from './changed-rows';
import type { TreeChanges } from './repository';

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
  };
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

/** The stored tree with the journal's rows applied, and the rows a save must write. */
export function applyJournal(stored: TreeDoc, journal: UnsavedJournal): { doc: TreeDoc; changes: TreeChanges } {
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
  return {
    doc: { meta: journal.meta ?? stored.meta, nodes, evidence },
    changes: {
      nodeIds: Object.keys(journal.nodes),
      evidenceIds: Object.keys(journal.evidence),
      meta: journal.meta !== null,
      all: journal.all,
    },
  };
}
