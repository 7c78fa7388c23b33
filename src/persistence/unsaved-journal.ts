import { overlayRows } from '../domain/overlay-rows';
import type { Evidence, OstNode, TreeDoc, TreeMeta } from '../domain/types';
import type { ChangedRows } from './changed-rows';
import { idsUnderPrefix } from './keys-with-prefix';

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
  /** The page that wrote it: after its own saves a page clears only a journal it alone wrote. */
  writer?: string;
  /**
   * Per journalled field, the value the page last knew stored (null: none), so a replay can tell a
   * field another tab changed since (see journal-conflicts.ts). Absent in older journals.
   */
  baseNodes?: Record<string, Record<string, unknown>>;
  baseEvidence?: Record<string, Record<string, unknown>>;
  baseMeta?: Record<string, unknown> | null;
}

/** What a journal records besides the rows: who wrote it and what it knew stored. */
export interface JournalContext {
  /** The tree as the page last knew it stored (its autosave's base). */
  base?: TreeDoc;
  writer?: string;
}

function baseValues<T extends object>(
  rows: Readonly<Record<string, T>> | undefined,
  fields: ReadonlyMap<string, ReadonlySet<string>>,
): Record<string, Record<string, unknown>> {
  const result: Record<string, Record<string, unknown>> = {};
  for (const [id, names] of fields) {
    const row = rows && Object.hasOwn(rows, id) ? (rows[id] as Readonly<Record<string, unknown>>) : undefined;
    if (row) result[id] = Object.fromEntries([...names].map((name) => [name, row[name] ?? null]));
  }
  return result;
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'ost-editor:unsaved:';

/** The journal of `rows` of `doc` (their values now), with what the page knew stored from `context`. */
export function journalOf(doc: TreeDoc, rows: ChangedRows, writtenAt = new Date().toISOString(), context: JournalContext = {}): UnsavedJournal {
  const { base, writer } = context;
  const baseMeta = base && rows.metaFields ? baseValues({ meta: base.meta }, new Map([['meta', rows.metaFields]])).meta ?? null : null;
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
    ...(writer ? { writer } : {}),
    ...(base
      ? { baseNodes: baseValues(base.nodes, rows.nodeFields), baseEvidence: baseValues(base.evidence, rows.evidenceFields), baseMeta }
      : {}),
  };
}

/** Both bases: per field, the older journal's (what was known before either edit) stays. */
function unionBase(
  older: Record<string, Record<string, unknown>> | undefined,
  newer: Record<string, Record<string, unknown>> | undefined,
): Record<string, Record<string, unknown>> | undefined {
  if (!older && !newer) return undefined;
  const result: Record<string, Record<string, unknown>> = { ...newer };
  for (const [id, fields] of Object.entries(older ?? {})) result[id] = { ...result[id], ...fields };
  return result;
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
    // A journal holding two pages' edits is cleared only by a replay that stores it.
    ...(older.writer && older.writer === newer.writer ? { writer: newer.writer } : {}),
    ...optional('baseNodes', unionBase(older.baseNodes, newer.baseNodes)),
    ...optional('baseEvidence', unionBase(older.baseEvidence, newer.baseEvidence)),
    ...(older.baseMeta || newer.baseMeta ? { baseMeta: { ...newer.baseMeta, ...older.baseMeta } } : {}),
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
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
  return idsUnderPrefix(storage, KEY_PREFIX);
}

/** Makes `writer` the journal's owner (a page that opened the tree and now retries its edits). */
export function adoptJournal(storage: KeyValueStorage, treeId: string, writer: string): void {
  const journal = readJournal(storage, treeId);
  if (journal && journal.writer !== writer) writeJournal(storage, { ...journal, writer });
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

/**
 * Removes the tree's journal. With `writer`, only a journal that page alone wrote: another tab's
 * journal (written when it closed) waits for a replay, which stores it first.
 */
export function clearJournal(storage: KeyValueStorage, treeId: string, writer?: string): void {
  try {
    if (writer !== undefined && readJournal(storage, treeId)?.writer !== writer) return;
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
