import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  migrateTree,
  TREE_MIGRATIONS,
  type MigrationSetup,
} from '../../../../src/domain/file-format/migrate';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { sampleBackupFile, sampleTree, sampleTreeFile } from './sample-files';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// A made-up history for the tests: version 1 named a node's title `label`, version 2 named the
// evidence list `notes`, version 3 is the shape the current schema reads.
const renameLabelToTitle = (tree: unknown): unknown => {
  if (!isRecord(tree) || !Array.isArray(tree.nodes)) throw new Error('tree.nodes is not a list');
  return {
    ...tree,
    nodes: tree.nodes.map((node: unknown) => {
      if (!isRecord(node)) return node;
      const { label, ...rest } = node;
      return { ...rest, title: label };
    }),
  };
};
const renameNotesToEvidence = (tree: unknown): unknown => {
  if (!isRecord(tree)) throw new Error('the tree is not an object');
  const { notes, ...rest } = tree;
  return { ...rest, evidence: notes };
};
const testSetup: MigrationSetup = { currentVersion: 3, migrations: { 1: renameLabelToTitle, 2: renameNotesToEvidence } };

function versionOneTree(): Record<string, unknown> {
  const { evidence, nodes, ...tree } = sampleTree();
  return { ...tree, notes: evidence, nodes: nodes.map(({ title, ...node }) => ({ ...node, label: title })) };
}

describe('migrateTree', () => {
  it('has a step for every version before the current one', () => {
    for (let version = 1; version < CURRENT_FORMAT_VERSION; version++) expect(TREE_MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('leaves a tree of the current version untouched', () => {
    const tree = { any: 'thing' };
    expect(migrateTree(tree, CURRENT_FORMAT_VERSION)).toEqual({ ok: true, tree });
  });

  it('runs the steps in order from the file’s version', () => {
    const result = migrateTree(versionOneTree(), 1, testSetup);
    expect(result).toEqual({ ok: true, tree: sampleTree() });
  });

  it('runs only the steps after the file’s version', () => {
    const { evidence, ...rest } = sampleTree();
    expect(migrateTree({ ...rest, notes: evidence }, 2, testSetup)).toEqual({ ok: true, tree: sampleTree() });
  });

  it('reports a missing step', () => {
    expect(migrateTree({}, 1, { currentVersion: 3, migrations: { 2: renameNotesToEvidence } })).toEqual({
      ok: false,
      fromVersion: 1,
      reason: 'no migration from version 1 to 2',
    });
  });

  it('does not take a step from Object.prototype', () => {
    expect(migrateTree({}, 1, { currentVersion: 2, migrations: Object.create({ 1: renameNotesToEvidence }) })).toMatchObject({ ok: false });
  });

  it('reports a step that throws on data it cannot read', () => {
    expect(migrateTree({ nodes: 'many' }, 1, testSetup)).toEqual({ ok: false, fromVersion: 1, reason: 'tree.nodes is not a list' });
  });
});

describe('parseImport with migrations', () => {
  it('opens an older tree file through the steps', () => {
    const result = parseImport(JSON.stringify({ ...sampleTreeFile(), version: 1, tree: versionOneTree() }), testSetup);
    expect(result.ok && result.trees[0]?.nodes[1]?.title).toBe('Shipping costs surprise me');
  });

  it('migrates every tree of an older backup', () => {
    const file = { ...sampleBackupFile([]), trees: [versionOneTree(), versionOneTree()] };
    const result = parseImport(JSON.stringify(file), testSetup);
    expect(result.ok && result.trees.map((tree) => tree.evidence.length)).toEqual([1, 1]);
  });

  it('reports a failed migration by the tree it failed on', () => {
    const file = { ...sampleBackupFile([]), trees: [versionOneTree(), { nodes: 'many' }] };
    const result = parseImport(JSON.stringify(file), testSetup);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('migration-failed');
    expect(result.error.message).toMatch(/older format \(version 1\)/);
    expect(result.error.problems).toEqual(['trees[1]: cannot migrate from version 1 to 2: tree.nodes is not a list']);
  });

  it('checks the migrated tree against the current schema', () => {
    const tree = versionOneTree();
    delete tree.notes;
    const result = parseImport(JSON.stringify({ ...sampleTreeFile(), tree }), testSetup);
    expect(!result.ok && result.error.kind).toBe('invalid-shape');
    expect(!result.ok && result.error.problems[0]).toMatch(/^tree\.evidence: /);
  });
});
