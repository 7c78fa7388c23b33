import { docToTree } from '../tree-doc';
import type { TreeDoc } from '../types';
import { CURRENT_FORMAT_VERSION } from './migrate';
import { BACKUP_FILE_FORMAT, TREE_FILE_FORMAT } from './format-names';

/**
 * Leaves out a number JSON cannot carry (NaN, ±Infinity would be written as null and refused on
 * import). The store refuses such numbers (storable-values.ts); this guards data stored before that.
 */
function finiteNumbersOnly(_key: string, value: unknown): unknown {
  return typeof value === 'number' && !Number.isFinite(value) ? undefined : value;
}

/**
 * One tree as the text of a `.ost.json` file: pretty JSON (2-space indent, readable in a diff),
 * nodes depth-first in sibling order, no ranks — array order is the sibling order.
 */
export function serializeTree(doc: TreeDoc, now: string = new Date().toISOString()): string {
  const file = { format: TREE_FILE_FORMAT, version: CURRENT_FORMAT_VERSION, exportedAt: now, tree: docToTree(doc) };
  return JSON.stringify(file, finiteNumbersOnly, 2);
}

/** Every tree in one backup file, restored by parseImport. */
export function serializeBackup(docs: readonly TreeDoc[], now: string = new Date().toISOString()): string {
  const file = {
    format: BACKUP_FILE_FORMAT,
    version: CURRENT_FORMAT_VERSION,
    exportedAt: now,
    trees: docs.map((doc) => docToTree(doc)),
  };
  return JSON.stringify(file, finiteNumbersOnly, 2);
}
