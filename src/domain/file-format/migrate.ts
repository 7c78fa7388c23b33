import { migrateV1ToV2 } from './migrate-v1-to-v2';

/**
 * Old files keep opening: each format version that changes the shape of a tree adds one function
 * here that turns a tree of version n into a tree of version n + 1, and bumps
 * CURRENT_FORMAT_VERSION. An import runs the steps from the file's version up to the current one,
 * then checks the result against the current schema, so a migration only has to move data; it
 * never has to validate it.
 *
 * Migrations work on the raw JSON of one tree (the envelope around it — format, version,
 * exportedAt — is tiny and parsed per version), so one function serves both the single-tree file
 * and the backup. The input is untrusted: a migration may throw on data it cannot read, and the
 * import then reports 'migration-failed' instead of crashing.
 */

/** The version this editor writes. */
export const CURRENT_FORMAT_VERSION = 2;

/** Oldest version there ever was. */
export const FIRST_FORMAT_VERSION = 1;

export type TreeMigration = (tree: unknown) => unknown;

/** Keyed by the version a step migrates *from*: `{ 1: v1ToV2 }` turns a v1 tree into a v2 tree. */
export type MigrationRegistry = Readonly<Record<number, TreeMigration>>;

export const TREE_MIGRATIONS: MigrationRegistry = {
  1: (tree) => migrateV1ToV2(tree),
};

export interface MigrationSetup {
  currentVersion: number;
  migrations: MigrationRegistry;
}

export const DEFAULT_MIGRATION_SETUP: MigrationSetup = {
  currentVersion: CURRENT_FORMAT_VERSION,
  migrations: TREE_MIGRATIONS,
};

export type MigrationResult =
  | { ok: true; tree: unknown }
  | { ok: false; fromVersion: number; reason: string };

/** Runs the steps from `fromVersion` to `setup.currentVersion` on one tree's raw JSON. */
export function migrateTree(tree: unknown, fromVersion: number, setup: MigrationSetup = DEFAULT_MIGRATION_SETUP): MigrationResult {
  let migrated = tree;
  for (let version = fromVersion; version < setup.currentVersion; version++) {
    const step = Object.hasOwn(setup.migrations, version) ? setup.migrations[version] : undefined;
    if (!step) return { ok: false, fromVersion: version, reason: `no migration from version ${version} to ${version + 1}` };
    try {
      migrated = step(migrated);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, fromVersion: version, reason };
    }
  }
  return { ok: true, tree: migrated };
}
