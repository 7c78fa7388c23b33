/**
 * Field-level writes for several tabs over one database: a save copies only the fields its change
 * touched onto the row as stored now (read inside the same transaction), so a field another tab
 * wrote meanwhile survives. When the stored value of a touched field is not the one this tab last
 * knew, another tab wrote it first: this tab's later write wins, and the value it replaced is
 * reported, so the tab that wrote it can say so and offer its text back.
 */

/** A stored value this save replaced without having seen it (another tab wrote it). */
export interface OverwrittenField {
  table: 'nodes' | 'evidence' | 'meta';
  /** Node or evidence id; the tree id for `meta`. */
  rowId: string;
  field: string;
  /** The replaced value, as the other tab wrote it. */
  value: unknown;
}


/** Deep equality for the plain JSON-like values rows hold. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `stored` with `fields` taken from `local` (a field `local` lacks is removed). `base` is the row
 * as this tab last knew it stored; a touched field whose stored value differs from it is reported
 * in `overwritten` (with no base, nothing is reported).
 */
export function writeFieldsOnto<T extends object>(
  stored: T,
  local: T,
  fields: Iterable<string>,
  base: T | undefined,
  where: Omit<OverwrittenField, 'field' | 'value'>,
): { row: T; overwritten: OverwrittenField[] } {
  const row: Record<string, unknown> = { ...(stored as Readonly<Record<string, unknown>>) };
  const before = stored as Readonly<Record<string, unknown>>;
  const ours = local as Readonly<Record<string, unknown>>;
  const known = base as Readonly<Record<string, unknown>> | undefined;
  const overwritten: OverwrittenField[] = [];
  for (const field of fields) {
    const mine = ours[field];
    if (known && !sameValue(before[field], known[field]) && !sameValue(before[field], mine) && before[field] !== undefined) {
      overwritten.push({ ...where, field, value: before[field] });
    }
    if (mine === undefined) delete row[field];
    else row[field] = mine;
  }
  return { row: row as T, overwritten };
}
