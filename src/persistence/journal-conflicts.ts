import type { TreeDoc } from '../domain/types';
import { sameValue, type OverwrittenField } from './field-merge';
import type { UnsavedJournal } from './unsaved-journal';
import { idsUnderPrefix } from './keys-with-prefix';

/**
 * Same-field conflicts found when a journal is replayed: the page that wrote it (a tab closed
 * before its edits were stored) and another tab both changed a field. As with two live tabs, the
 * later write wins. A field the other tab stored after the journal was written keeps the stored
 * value, and the journal's text is kept here to be announced and offered back when the tree is
 * next open. A journal written after that store wins, and its save reports what it replaced to any
 * tab that has the tree open (through the base it is saved with).
 */

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const KEY_PREFIX = 'ost-editor:journal-conflicts:';
/** Written by every save, so never a conflict in itself. */
const BOOKKEEPING = new Set(['updatedAt']);

/** The journal without the fields that lost, what they held, and the base to save the rest with. */
export interface SettledJournal {
  journal: UnsavedJournal;
  /** The journal's values that a later save in another tab replaced (`value` is the journal's). */
  lost: OverwrittenField[];
  /** The stored tree with the journal's known-stored values in place; undefined for older journals. */
  base: TreeDoc | undefined;
}

type Row = Readonly<Record<string, unknown>>;

function stripField(journal: UnsavedJournal, table: 'nodes' | 'evidence', rowId: string, field: string): void {
  const fieldsKey = table === 'nodes' ? 'nodeFields' : 'evidenceFields';
  const fields = journal[fieldsKey]?.[rowId];
  if (!fields) return;
  const left = fields.filter((name) => name !== field);
  if (left.length > 0) {
    journal[fieldsKey] = { ...journal[fieldsKey], [rowId]: left };
    return;
  }
  const rows = { ...journal[table] };
  delete rows[rowId];
  const fieldMap = { ...journal[fieldsKey] };
  delete fieldMap[rowId];
  if (table === 'nodes') journal.nodes = rows as UnsavedJournal['nodes'];
  else journal.evidence = rows as UnsavedJournal['evidence'];
  journal[fieldsKey] = fieldMap;
}

function withBase(row: Row, known: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...row };
  for (const [field, value] of Object.entries(known)) {
    if (value === null) delete result[field];
    else result[field] = value;
  }
  return result;
}

/**
 * Compares a journal with the tree as stored now (pure). A journalled field whose stored value is
 * neither what the journal's page knew stored nor the journal's own value was changed by another
 * tab meanwhile; the later of that save (the stored tree's `updatedAt`) and the journal
 * (`writtenAt`) wins. When the order is unclear the stored value stays and the journal's text is
 * offered back, so nothing is replaced unseen.
 */
export function settleJournalConflicts(stored: TreeDoc, journal: UnsavedJournal): SettledJournal {
  if (!journal.baseNodes && !journal.baseEvidence && !journal.baseMeta) return { journal, lost: [], base: undefined };
  const settled: UnsavedJournal = { ...journal };
  const lost: OverwrittenField[] = [];
  const storedIsLater = stored.meta.updatedAt >= journal.writtenAt;
  const base: TreeDoc = { meta: stored.meta, nodes: { ...stored.nodes }, evidence: { ...stored.evidence } };

  const settle = (table: OverwrittenField['table'], rowId: string, storedRow: Row | undefined, mine: Row | null | undefined, known: Row): boolean => {
    if (!storedRow || !mine) return false;
    let changed = false;
    for (const [field, knownValue] of Object.entries(known)) {
      if (BOOKKEEPING.has(field)) continue;
      const now = storedRow[field] ?? null;
      const ours = mine[field] ?? null;
      if (sameValue(now, knownValue) || sameValue(now, ours)) continue;
      changed = true;
      if (!storedIsLater) continue;
      lost.push({ table, rowId, field, value: mine[field] });
      if (table === 'meta') settled.metaFields = (settled.metaFields ?? []).filter((name) => name !== field);
      else stripField(settled, table, rowId, field);
    }
    return changed;
  };

  for (const [id, known] of Object.entries(journal.baseNodes ?? {})) {
    const storedRow = stored.nodes[id];
    if (settle('nodes', id, storedRow as unknown as Row | undefined, journal.nodes[id] as unknown as Row | null | undefined, known) && storedRow) {
      base.nodes[id] = withBase(storedRow as unknown as Row, known) as unknown as TreeDoc['nodes'][string];
    }
  }
  for (const [id, known] of Object.entries(journal.baseEvidence ?? {})) {
    const storedRow = stored.evidence[id];
    if (settle('evidence', id, storedRow as unknown as Row | undefined, journal.evidence[id] as unknown as Row | null | undefined, known) && storedRow) {
      base.evidence[id] = withBase(storedRow as unknown as Row, known) as unknown as TreeDoc['evidence'][string];
    }
  }
  if (journal.baseMeta && journal.meta && settle('meta', stored.meta.id, stored.meta as unknown as Row, journal.meta as unknown as Row, journal.baseMeta)) {
    base.meta = withBase(stored.meta as unknown as Row, journal.baseMeta) as unknown as TreeDoc['meta'];
  }
  return { journal: settled, lost, base };
}

/** Adds conflicts found for a tree (one per field: a newer one replaces an older). */
export function addJournalConflicts(storage: KeyValueStorage, treeId: string, conflicts: readonly OverwrittenField[]): void {
  if (conflicts.length === 0) return;
  const keyOf = (entry: OverwrittenField) => journalConflictKey(entry);
  const fresh = new Set(conflicts.map(keyOf));
  const kept = readJournalConflicts(storage, treeId).filter((entry) => !fresh.has(keyOf(entry)));
  try {
    storage.setItem(KEY_PREFIX + treeId, JSON.stringify([...kept, ...conflicts]));
  } catch {
    // A full local storage: the replay still keeps the stored text; this one goes unannounced.
  }
}

/** The ids of the trees with conflicts waiting to be announced (the library marks them). */
export function treesWithJournalConflicts(storage: Pick<Storage, 'length' | 'key'>): string[] {
  return idsUnderPrefix(storage, KEY_PREFIX);
}

/** The conflicts waiting to be announced for a tree. */
export function readJournalConflicts(storage: KeyValueStorage, treeId: string): OverwrittenField[] {
  try {
    const text = storage.getItem(KEY_PREFIX + treeId);
    const parsed: unknown = text ? JSON.parse(text) : [];
    return Array.isArray(parsed) ? (parsed as OverwrittenField[]) : [];
  } catch {
    return [];
  }
}

/** The key a conflict is known by (as the lost-edit banner keys its entries). */
export function journalConflictKey(entry: Pick<OverwrittenField, 'table' | 'rowId' | 'field'>): string {
  return `${entry.table}:${entry.rowId}:${entry.field}`;
}

/** Forgets one announced conflict (dismissed, or its text put back). */
export function removeJournalConflict(storage: KeyValueStorage, treeId: string, key: string): void {
  const left = readJournalConflicts(storage, treeId).filter((entry) => journalConflictKey(entry) !== key);
  try {
    if (left.length === 0) storage.removeItem(KEY_PREFIX + treeId);
    else storage.setItem(KEY_PREFIX + treeId, JSON.stringify(left));
  } catch {
    // Storage unavailable: nothing to forget.
  }
}
