import { z } from 'zod';
import { BACKUP_FILE_FORMAT, TREE_FILE_FORMAT } from './format-names';
import { LAYOUT_KINDS } from '../layout-kind';
import type {
  AssumptionType,
  EvidenceKind,
  KeyResultDirection,
  NodeKind,
  NodeStatus,
  Tree,
} from '../types';
import { isCalendarDate } from '../key-results/calendar-date';
import {
  MAX_CHECK_INS_PER_KEY_RESULT,
  MAX_DATE_LENGTH,
  MAX_DOTS_PER_VOTER,
  MAX_EVIDENCE_PER_TREE,
  MAX_ID_LENGTH,
  MAX_KEY_RESULTS_PER_OUTCOME,
  MAX_MEASURE_MAGNITUDE,
  MAX_NODES_PER_TREE,
  MAX_SILENCED_RULES,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_TREES_PER_BACKUP,
  MAX_URL_LENGTH,
  MAX_VOTE_ROUNDS,
  MAX_VOTERS,
  MAX_VOTES,
} from './limits';

// zod probes `new Function` to pick a faster path; under the page's Content-Security-Policy
// (no 'unsafe-eval') that probe is a violation, so it runs without it.
z.config({ jitless: true });

/**
 * Zod schemas of the current file format (version 2, see DESIGN.md "File format"; older files are
 * migrated to it first, see migrate.ts). They check the
 * shape only: types, enums and lengths. Whether the nodes form one tree, and whether a status fits
 * its node's kind, is checked afterwards by check-structure.ts, which can name both ends of a
 * broken reference. Unknown fields are stripped, so a file cannot smuggle extra data into storage.
 */

// Names such as "__proto__" or "constructor" would collide with Object.prototype once the ids
// become keys of the editor's records.
const OBJECT_PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

const idSchema = z
  .string()
  .min(1, 'an id cannot be empty')
  .max(MAX_ID_LENGTH)
  .refine((id) => !OBJECT_PROTOTYPE_NAMES.has(id), { message: 'this name cannot be used as an id' });

const titleSchema = z.string().max(MAX_TITLE_LENGTH);
const textSchema = z.string().max(MAX_TEXT_LENGTH);
const dateSchema = z.string().max(MAX_DATE_LENGTH);
/** A measured number (baseline, target, check-in value): finite, within the editor's own limit. */
export const measureSchema = z.number().min(-MAX_MEASURE_MAGNITUDE).max(MAX_MEASURE_MAGNITUDE);

const NODE_KIND_VALUES = ['outcome', 'opportunity', 'solution', 'experiment'] as const satisfies readonly NodeKind[];
const STATUS_VALUES = [
  'active', 'achieved', 'abandoned',
  'identified', 'exploring', 'parked',
  'idea', 'testing', 'validated', 'discarded', 'building', 'shipped',
  'planned', 'running', 'passed', 'failed', 'inconclusive',
] as const satisfies readonly NodeStatus[];
const ASSUMPTION_TYPE_VALUES = [
  'desirability', 'viability', 'feasibility', 'usability', 'ethical',
] as const satisfies readonly AssumptionType[];
const EVIDENCE_KIND_VALUES = [
  'interview', 'observation', 'usability-test', 'survey', 'analytics', 'support', 'other',
] as const satisfies readonly EvidenceKind[];

const DIRECTION_VALUES = ['increase', 'decrease'] as const satisfies readonly KeyResultDirection[];

/** A check-in's day, as the date input writes it; charts and "due" need a real calendar date. */
const checkInDateSchema = z.string().max(MAX_DATE_LENGTH).refine(isCalendarDate, { message: 'expected a date as YYYY-MM-DD' });

export const checkInSchema = z.object({
  date: checkInDateSchema,
  value: measureSchema,
  note: textSchema.optional(),
});

export const keyResultSchema = z.object({
  id: idSchema,
  name: titleSchema,
  baseline: measureSchema.optional(),
  target: measureSchema.optional(),
  unit: titleSchema.optional(),
  direction: z.enum(DIRECTION_VALUES).optional(),
  // Free text as in version 1's metric, so every migrated deadline still opens.
  deadline: dateSchema.optional(),
  checkIns: z.array(checkInSchema).max(MAX_CHECK_INS_PER_KEY_RESULT).optional(),
});

export const nodeSchema = z.object({
  id: idSchema,
  kind: z.enum(NODE_KIND_VALUES),
  parentId: idSchema.nullable(),
  title: titleSchema,
  description: textSchema.optional(),
  status: z.enum(STATUS_VALUES).optional(),
  collapsed: z.boolean().optional(),
  evidenceIds: z.array(idSchema).max(MAX_EVIDENCE_PER_TREE).optional(),
  keyResults: z.array(keyResultSchema).max(MAX_KEY_RESULTS_PER_OUTCOME).optional(),
  objective: textSchema.optional(),
  businessGoal: textSchema.optional(),
  target: z.boolean().optional(),
  assumption: textSchema.optional(),
  assumptionType: z.enum(ASSUMPTION_TYPE_VALUES).optional(),
  successCriterion: textSchema.optional(),
  result: textSchema.optional(),
  votes: z.number().int().min(0).max(MAX_VOTES).optional(),
});

export const evidenceSchema = z.object({
  id: idSchema,
  kind: z.enum(EVIDENCE_KIND_VALUES),
  firstHand: z.boolean(),
  summary: textSchema,
  quote: textSchema.optional(),
  source: titleSchema.optional(),
  date: dateSchema.optional(),
  // Any text here; links that are not http(s) are dropped with a warning after parsing.
  url: z.string().max(MAX_URL_LENGTH).optional(),
});

/**
 * A dot-voting round (file format version 2). The schema checks types and limits; check-vote-rounds.ts
 * then checks that its node ids exist, that every dot sits on a candidate and within its voter's dots.
 */
export const voteRoundSchema = z.object({
  id: idSchema,
  parentId: idSchema,
  candidateIds: z.array(idSchema).max(MAX_NODES_PER_TREE),
  voters: z.number().int().min(1).max(MAX_VOTERS),
  dotsPerVoter: z.number().int().min(1).max(MAX_DOTS_PER_VOTER),
  dots: z.array(z.array(idSchema).max(MAX_DOTS_PER_VOTER)).max(MAX_VOTERS),
  currentVoter: z.number().int().min(0).max(MAX_VOTERS - 1),
  revealed: z.boolean(),
  startedAt: dateSchema,
});

export const treeSchema = z.object({
  id: idSchema,
  title: titleSchema,
  createdAt: dateSchema,
  updatedAt: dateSchema,
  settings: z
    .object({
      silencedRules: z.array(z.string().max(MAX_ID_LENGTH)).max(MAX_SILENCED_RULES),
      layout: z.enum(LAYOUT_KINDS).optional(),
    })
    .optional(),
  nodes: z.array(nodeSchema).max(MAX_NODES_PER_TREE),
  evidence: z.array(evidenceSchema).max(MAX_EVIDENCE_PER_TREE),
  voteRounds: z.array(voteRoundSchema).max(MAX_VOTE_ROUNDS).optional(),
});

export { BACKUP_FILE_FORMAT, TREE_FILE_FORMAT } from './format-names';

/** A file with one tree, after migration to the current version. */
export const treeFileSchema = z.object({
  format: z.literal(TREE_FILE_FORMAT),
  version: z.number().int(),
  exportedAt: dateSchema.optional(),
  tree: treeSchema,
});

/** A backup of several trees, after migration to the current version. */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FILE_FORMAT),
  version: z.number().int(),
  exportedAt: dateSchema.optional(),
  trees: z.array(treeSchema).max(MAX_TREES_PER_BACKUP),
});

export type TreeInFile = z.output<typeof treeSchema>;

// Compile-time proof that what the schema lets through is a domain Tree.
type Assert<Condition extends true> = Condition;
export type SchemaOutputIsTree = Assert<TreeInFile extends Tree ? true : false>;
