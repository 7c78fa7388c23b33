import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';

/**
 * Each schema version exactly as it shipped, frozen here so that migration tests can write a
 * database the way an older release did. Never edit a shipped entry; add the next one below.
 */
export const SHIPPED_SCHEMAS = {
  1: {
    trees: 'id, updatedAt',
    nodes: '[treeId+id], treeId',
    evidence: '[treeId+id], treeId',
    appSettings: 'key',
  },
  // Same tables; its upgrade turns each outcome's `metric` into its first key result.
  2: {
    trees: 'id, updatedAt',
    nodes: '[treeId+id], treeId',
    evidence: '[treeId+id], treeId',
    appSettings: 'key',
  },
} as const;

export type ShippedVersion = keyof typeof SHIPPED_SCHEMAS;

export interface RawRows {
  trees?: object[];
  nodes?: object[];
  evidence?: object[];
  appSettings?: object[];
}

/** Writes rows through a database that knows only `version`'s schema, as that release would have. */
export async function writeAsRelease(name: string, version: ShippedVersion, rows: RawRows): Promise<void> {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(version).stores(SHIPPED_SCHEMAS[version]);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, values] of Object.entries(rows)) {
      if (values) await old.table(table).bulkAdd(values);
    }
  });
  old.close();
}
