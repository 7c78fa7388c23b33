import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { OstDatabase } from '../../../src/persistence/db';

export interface RecordedWrite {
  table: string;
  type: DBCoreMutateRequest['type'];
  /** Rows written (put/add) or keys deleted (delete); 0 for a range delete. */
  rows: number;
}

/**
 * Records every write that reaches IndexedDB, at Dexie's lowest layer, so a test can say exactly
 * which rows a save touched. Call before the database is first used.
 */
export function recordWrites(db: OstDatabase): { writes: RecordedWrite[]; reset(): void } {
  const writes: RecordedWrite[] = [];
  db.use({
    stack: 'dbcore',
    name: 'write-recorder',
    create: (down: DBCore) => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const rows = req.type === 'add' || req.type === 'put' ? req.values.length : req.type === 'delete' ? req.keys.length : 0;
            writes.push({ table: name, type: req.type, rows });
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    writes,
    reset: () => {
      writes.length = 0;
    },
  };
}
