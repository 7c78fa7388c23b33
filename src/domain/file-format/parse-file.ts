import type { z } from 'zod';
import type { Tree } from '../types';
import { exceedsBytes } from './byte-length';
import { checkStructure } from './check-structure';
import type { ImportError, ImportErrorKind, ImportResult } from './import-result';
import {
  MAX_EVIDENCE_PER_TREE,
  MAX_FILE_BYTES,
  MAX_NODES_PER_BACKUP,
  MAX_NODES_PER_TREE,
  MAX_PROBLEMS_SHOWN,
  MAX_TREES_PER_BACKUP,
} from './limits';
import { DEFAULT_MIGRATION_SETUP, FIRST_FORMAT_VERSION, migrateTree, type MigrationSetup } from './migrate';
import { normaliseTree } from './normalise';
import { formatPath, quote } from './problem-path';
import { BACKUP_FILE_FORMAT, backupFileSchema, TREE_FILE_FORMAT, treeFileSchema } from './schema';

/**
 * Reads an exported tree file or a backup file: "parse, don't trust". In order: size, JSON,
 * which format, which version (newer is refused, older is migrated), counts, shape (zod), then
 * structure. Any failure returns an error naming the first problems by path; nothing here
 * writes anything, so a refused file changes nothing stored. Never throws on any input text.
 *
 * `setup` exists so tests can exercise the migration path with a registry of their own.
 */
export function parseImport(text: string, setup: MigrationSetup = DEFAULT_MIGRATION_SETUP): ImportResult {
  if (exceedsBytes(text, MAX_FILE_BYTES)) {
    return failure('too-large', `This file is larger than ${megabytes(MAX_FILE_BYTES)}, the most the editor opens.`, [
      `(file): more than ${MAX_FILE_BYTES.toLocaleString('en')} bytes`,
    ]);
  }

  let file: unknown;
  try {
    // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
    file = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return failure(
      'not-json',
      'This file is not valid JSON, so it is not a tree exported from this editor. Choose a .ost.json file.',
      [`(file): ${error instanceof Error ? error.message : 'not JSON'}`],
    );
  }

  const format = isRecord(file) ? file.format : undefined;
  if (!isRecord(file) || (format !== TREE_FILE_FORMAT && format !== BACKUP_FILE_FORMAT)) {
    return failure(
      'not-ost-file',
      'This file is not an Opportunity Solution Tree file. Choose a .ost.json file exported from this editor, or a backup.',
      [`format: expected "${TREE_FILE_FORMAT}" or "${BACKUP_FILE_FORMAT}", found ${describe(format)}`],
    );
  }

  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < FIRST_FORMAT_VERSION) {
    return failure('invalid-shape', 'This file has no valid format version, so it cannot be read.', [
      `version: expected a whole number from ${FIRST_FORMAT_VERSION}, found ${describe(version)}`,
    ]);
  }
  if (version > setup.currentVersion) {
    return failure(
      'too-new',
      `This file was made by a newer version of the editor (format version ${version}). Update the editor to open it.`,
      [`version: ${version} is newer than ${setup.currentVersion}, the newest this editor reads`],
    );
  }

  const countProblems = format === TREE_FILE_FORMAT ? countTreeFile(file) : countBackupFile(file);
  if (countProblems.length > 0) {
    return failure('too-large', 'This file holds more than the editor opens at once.', countProblems);
  }

  const migrated = migrateFile(file, format, version, setup);
  if (!migrated.ok) return { ok: false, error: migrated.error };

  const parsed = format === TREE_FILE_FORMAT
    ? mapSuccess(treeFileSchema.safeParse(migrated.file), (data) => [{ tree: data.tree, at: 'tree' }])
    : mapSuccess(backupFileSchema.safeParse(migrated.file), (data) =>
        data.trees.map((tree, index) => ({ tree, at: `trees[${index}]` })),
      );
  if (!parsed.ok) {
    return failure(
      'invalid-shape',
      'This file could not be opened: some fields are missing or have the wrong type (it may be damaged or edited by hand). Nothing was imported.',
      parsed.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
    );
  }

  const structureProblems = parsed.data.flatMap(({ tree, at }) => checkStructure(tree, at));
  if (structureProblems.length > 0) {
    return failure(
      'invalid-structure',
      'This file could not be opened: its nodes do not form one tree under one outcome. Nothing was imported.',
      structureProblems,
    );
  }

  const warnings: string[] = [];
  const trees: Tree[] = parsed.data.map(({ tree, at }) => {
    const normalised = normaliseTree(tree, at);
    warnings.push(...normalised.warnings);
    return normalised.tree;
  });
  return { ok: true, source: format === TREE_FILE_FORMAT ? 'tree' : 'backup', trees, warnings };
}

type Migrated = { ok: true; file: Record<string, unknown> } | { ok: false; error: ImportError };

function migrateFile(file: Record<string, unknown>, format: string, version: number, setup: MigrationSetup): Migrated {
  if (version === setup.currentVersion) return { ok: true, file };
  const migrationFailure = (at: string, fromVersion: number, reason: string): Migrated => ({
    ok: false,
    error: {
      kind: 'migration-failed',
      message: `This file uses an older format (version ${version}) that could not be brought up to date. Nothing was imported.`,
      problems: [`${at}: cannot migrate from version ${fromVersion} to ${fromVersion + 1}: ${reason}`],
    },
  });
  if (format === TREE_FILE_FORMAT) {
    const result = migrateTree(file.tree, version, setup);
    if (!result.ok) return migrationFailure('tree', result.fromVersion, result.reason);
    return { ok: true, file: { ...file, version: setup.currentVersion, tree: result.tree } };
  }
  // A backup whose trees are not a list fails the schema below; there is nothing to migrate.
  if (!Array.isArray(file.trees)) return { ok: true, file: { ...file, version: setup.currentVersion } };
  const trees: unknown[] = [];
  for (const [index, tree] of file.trees.entries()) {
    const result = migrateTree(tree, version, setup);
    if (!result.ok) return migrationFailure(`trees[${index}]`, result.fromVersion, result.reason);
    trees.push(result.tree);
  }
  return { ok: true, file: { ...file, version: setup.currentVersion, trees } };
}

/** Counts checked on the raw JSON, before the schema spends time on a file that is too big anyway. */
function countTreeFile(file: Record<string, unknown>): string[] {
  return isRecord(file.tree) ? countTree(file.tree, 'tree') : [];
}

function countBackupFile(file: Record<string, unknown>): string[] {
  if (!Array.isArray(file.trees)) return [];
  if (file.trees.length > MAX_TREES_PER_BACKUP) {
    return [`trees: ${file.trees.length.toLocaleString('en')} trees; the limit is ${MAX_TREES_PER_BACKUP.toLocaleString('en')}`];
  }
  const problems: string[] = [];
  let totalNodes = 0;
  file.trees.forEach((tree: unknown, index) => {
    if (!isRecord(tree)) return;
    problems.push(...countTree(tree, `trees[${index}]`));
    if (Array.isArray(tree.nodes)) totalNodes += tree.nodes.length;
  });
  if (totalNodes > MAX_NODES_PER_BACKUP) {
    problems.push(`trees: ${totalNodes.toLocaleString('en')} nodes in all; the limit is ${MAX_NODES_PER_BACKUP.toLocaleString('en')}`);
  }
  return problems;
}

function countTree(tree: Record<string, unknown>, at: string): string[] {
  const problems: string[] = [];
  if (Array.isArray(tree.nodes) && tree.nodes.length > MAX_NODES_PER_TREE) {
    problems.push(`${at}.nodes: ${tree.nodes.length.toLocaleString('en')} nodes; the limit is ${MAX_NODES_PER_TREE.toLocaleString('en')}`);
  }
  if (Array.isArray(tree.evidence) && tree.evidence.length > MAX_EVIDENCE_PER_TREE) {
    problems.push(
      `${at}.evidence: ${tree.evidence.length.toLocaleString('en')} evidence items; the limit is ${MAX_EVIDENCE_PER_TREE.toLocaleString('en')}`,
    );
  }
  return problems;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; issues: z.core.$ZodIssue[] };

function mapSuccess<In, Out>(result: z.ZodSafeParseResult<In>, map: (data: In) => Out): Parsed<Out> {
  return result.success ? { ok: true, data: map(result.data) } : { ok: false, issues: result.error.issues };
}

function failure(kind: ImportErrorKind, message: string, allProblems: string[]): ImportResult {
  const problems = allProblems.slice(0, MAX_PROBLEMS_SHOWN);
  const more = allProblems.length - problems.length;
  const counted = more > 0 ? ` ${allProblems.length} problems; the first ${problems.length} are listed.` : '';
  return { ok: false, error: { kind, message: message + counted, problems } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return quote(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null || typeof value !== 'object') return String(value);
  return 'an object';
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
