/**
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

/** How many problems an import error lists; the rest are counted in its message. */
export const MAX_PROBLEMS_SHOWN = 5;

/** Key results on one outcome: an objective is proven by a few, never by dozens. */
export const MAX_KEY_RESULTS_PER_OUTCOME = 20;

/** Check-ins on one key result: a weekly reading for twenty years. */
export const MAX_CHECK_INS_PER_KEY_RESULT = 1_000;

/**
 * Largest magnitude of a baseline, target or check-in value. Finite and well inside the range
 * where a double still counts whole numbers exactly, so progress arithmetic stays meaningful.
 */
export const MAX_MEASURE_MAGNITUDE = 1e12;
