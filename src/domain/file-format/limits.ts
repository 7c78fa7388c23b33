/**
 * The limits of every value the editor stores, in one place: the inspector's inputs cap at them,
 * the file schema refuses past them, and the domain refuses to store a number outside them, so every
 * tree the editor writes can be imported again (see tests/unit/domain/file-format/ui-limits-round-trip).
 *
 * Import limits. A file past any of them is refused with a message naming the limit, before it can
 * exhaust memory or freeze the page. They sit well above what a real discovery tree needs (a large
 * tree has a few hundred nodes) and well below what a browser handles without strain.
 *
 * Text lengths count UTF-16 code units (JavaScript `string.length`); the file size counts UTF-8
 * bytes, as the file has on disk. The editor should cap its inputs at the same lengths, so that
 * every tree it exports can be imported again.
 */

/** Largest file accepted, checked on the text's UTF-8 byte length before `JSON.parse`. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Nodes in one tree. */
export const MAX_NODES_PER_TREE = 20_000;

/** Evidence items in one tree. */
export const MAX_EVIDENCE_PER_TREE = 5_000;

/** Trees in one backup file. */
export const MAX_TREES_PER_BACKUP = 200;

/** Nodes across all trees of one backup file. */
export const MAX_NODES_PER_BACKUP = 100_000;

/** Titles and other one-line text: tree and node titles, key result name and unit, evidence source. */
export const MAX_TITLE_LENGTH = 500;

/** Longer text: descriptions, objectives, business goals, evidence summaries and quotes, assumptions,
 * criteria, results, check-in notes. */
export const MAX_TEXT_LENGTH = 10_000;

/** Ids of trees, nodes and evidence items. */
export const MAX_ID_LENGTH = 100;

/** Evidence links. */
export const MAX_URL_LENGTH = 2_000;

/** Timestamps and dates (`createdAt`, `deadline`, an evidence `date`, …). */
export const MAX_DATE_LENGTH = 100;

/** Rules silenced in one tree's settings. */
export const MAX_SILENCED_RULES = 100;

/** Dot votes on one node: a whole number from 0 to this. */
export const MAX_VOTES = 1_000_000;

/**
 * Largest magnitude of a measured number (a metric's or key result's baseline, target, check-in
 * value). Past 10^15 a double no longer holds every whole number, and a typed "1" with 400 zeros
 * would become Infinity, which JSON cannot carry.
 */
export const MAX_MEASURE_MAGNITUDE = 1e15;

/**
 * Whether a number can be stored and written to a file: finite, and within ±`magnitude`.
 * Returns a sentence naming the limit when it cannot, or null.
 */
export function numberProblem(value: number, magnitude: number = MAX_MEASURE_MAGNITUDE): string | null {
  if (!Number.isFinite(value)) return 'Enter a finite number.';
  if (Math.abs(value) > magnitude) return `Enter a number between -${formatLimit(magnitude)} and ${formatLimit(magnitude)}.`;
  return null;
}

/** A limit as people write it: 1,000,000 rather than 1e6. */
export function formatLimit(limit: number): string {
  return limit.toLocaleString('en-US');
}

/** People voting in one dot-voting round. */
export const MAX_VOTERS = 100;

/** Dots each voter places in one round. */
export const MAX_DOTS_PER_VOTER = 20;

/** Dot-voting rounds kept with one tree; the oldest revealed round makes way for a new one. */
export const MAX_VOTE_ROUNDS = 100;

/** How many problems an import error lists; the rest are counted in its message. */
export const MAX_PROBLEMS_SHOWN = 5;

/** Key results on one outcome: an objective is proven by a few, never by dozens. */
export const MAX_KEY_RESULTS_PER_OUTCOME = 20;

/** Check-ins on one key result: a weekly reading for twenty years. */
export const MAX_CHECK_INS_PER_KEY_RESULT = 1_000;
