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

/** Titles and other one-line text: tree and node titles, metric name and unit, evidence source. */
export const MAX_TITLE_LENGTH = 500;

/** Longer text: descriptions, evidence summaries and quotes, assumptions, criteria, results. */
export const MAX_TEXT_LENGTH = 10_000;

/** Ids of trees, nodes and evidence items. */
export const MAX_ID_LENGTH = 100;

/** Evidence links. */
export const MAX_URL_LENGTH = 2_000;

/** Timestamps and dates (`createdAt`, `deadline`, an evidence `date`, …). */
export const MAX_DATE_LENGTH = 100;

/** Rules silenced in one tree's settings. */
export const MAX_SILENCED_RULES = 100;

/** People voting in one dot-voting round. */
export const MAX_VOTERS = 100;

/** Dots each voter places in one round. */
export const MAX_DOTS_PER_VOTER = 20;

/** Dot-voting rounds kept with one tree; the oldest revealed round makes way for a new one. */
export const MAX_VOTE_ROUNDS = 100;

/** How many problems an import error lists; the rest are counted in its message. */
export const MAX_PROBLEMS_SHOWN = 5;
