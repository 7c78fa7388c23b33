import { Dexie, type DexieOptions, type Table } from 'dexie';
import { newId } from '../domain/ids';
import { withMetricAsKeyResult } from '../domain/key-results/legacy-metric';
import type { Evidence, OstNode, TreeMeta } from '../domain/types';

/** A tree's row: its meta plus the counts the tree library shows without loading every node. */
export type TreeRow = TreeMeta & {
  nodeCount: number;
  errorCount: number;
  warningCount: number;
  /** When the tree was moved to the Trash (ISO time); absent for a tree in the library. */
  deletedAt?: string;
};

/** One node of one tree; the primary key is [treeId+id], so node ids only need to be unique per tree. */
export type NodeRow = OstNode & { treeId: string };

export type EvidenceRow = Evidence & { treeId: string };

/** Small app-wide facts that must survive reloads (e.g. whether the example tree was ever seeded). */
export interface AppSettingRow {
  key: string;
  value: unknown;
}

export const DEFAULT_DATABASE_NAME = 'ost-editor';

export class OstDatabase extends Dexie {
  trees!: Table<TreeRow, string>;
  nodes!: Table<NodeRow, [string, string]>;
  evidence!: Table<EvidenceRow, [string, string]>;
  appSettings!: Table<AppSettingRow, string>;

  constructor(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    // Keep every version declaration below, oldest first, even after newer ones are added:
    // a browser still holding an old version upgrades through each step in turn. Data changes go
    // in `.upgrade(tx => …)` on the new version, with a test that opens a database written by the
    // previous version (see tests/unit/persistence/migrations.test.ts); once a version ships, also
    // freeze its schema in tests/unit/persistence/schema-history.ts.
    this.version(1).stores({
      trees: 'id, updatedAt',
      nodes: '[treeId+id], treeId',
      evidence: '[treeId+id], treeId',
      appSettings: 'key',
    });
    // Version 2 (file format 2): an outcome's one `metric` becomes its first key result.
    this.version(2)
      .stores({
        trees: 'id, updatedAt',
        nodes: '[treeId+id], treeId',
        evidence: '[treeId+id], treeId',
        appSettings: 'key',
      })
      .upgrade((tx) =>
        tx
          .table<NodeRow>('nodes')
          .toCollection()
          .modify((row, ref) => {
            if (!('metric' in row)) return;
            ref.value = withMetricAsKeyResult(row, newId);
          }),
      );
  }
}
