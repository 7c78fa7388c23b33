import 'fake-indexeddb/auto';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOCKED_MESSAGE, openDatabase, UNAVAILABLE_MESSAGE, type OpenDatabaseResult } from '../../../src/persistence/open-database';
import type { OstDatabase } from '../../../src/persistence/db';
import { createRepository } from '../../../src/persistence/repository';
import { sampleDoc } from './fixtures';

let nameCount = 0;
const toClose: OstDatabase[] = [];

function uniqueName(): string {
  nameCount += 1;
  return `ost-open-test-${nameCount}`;
}

function openedDb(result: OpenDatabaseResult): OstDatabase {
  if (!result.ok) throw new Error(`expected the database to open, got ${result.error.kind}`);
  toClose.push(result.db);
  return result.db;
}

/** A raw connection, as another tab running some other version of the app would hold it. */
function rawConnection(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  for (const db of toClose.splice(0)) db.close();
});

describe('openDatabase', () => {
  it('opens a working database', async () => {
    const db = openedDb(await openDatabase({ name: uniqueName(), indexedDB, IDBKeyRange }));
    const repository = createRepository(db);
    await repository.createTree(sampleDoc());
    expect(await repository.countTrees()).toBe(1);
  });

  it('says storage is unavailable when the browser has no IndexedDB', async () => {
    const result = await openDatabase({ name: uniqueName(), indexedDB: null });
    expect(result).toEqual({ ok: false, error: { kind: 'unavailable', message: UNAVAILABLE_MESSAGE } });
  });

  it('says storage is unavailable when the browser refuses to open it (private browsing)', async () => {
    const refusing = {
      open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      },
    };
    const result = await openDatabase({ name: uniqueName(), indexedDB: refusing, IDBKeyRange });
    expect(result.ok ? 'opened' : result.error.kind).toBe('unavailable');
  });

  it('reports an upgrade blocked by another tab, then goes on once that tab lets go', async () => {
    const name = uniqueName();
    // Dexie stores version n as native version n * 10, so native 1 is older than our version 1.
    const oldTab = await rawConnection(name, 1);
    // Dexie logs the block itself; keep the test output clean.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const result = await openDatabase({ name, indexedDB, IDBKeyRange });
    if (result.ok || result.error.kind !== 'blocked') throw new Error('expected a blocked open');
    expect(result.error.message).toBe(BLOCKED_MESSAGE);

    oldTab.close();
    const db = openedDb(await result.error.whenUnblocked);
    await createRepository(db).createTree(sampleDoc());
    expect(await db.trees.count()).toBe(1);
    warn.mockRestore();
  });

  it('lets a newer tab upgrade: closes this connection for good and says so', async () => {
    const name = uniqueName();
    const changes: Array<number | null> = [];
    const db = openedDb(
      await openDatabase({ name, indexedDB, IDBKeyRange, onVersionChange: (event) => changes.push(event.newVersion) }),
    );
    // Dexie stores version n as native version n * 10: one version past ours.
    const newer = (db.verno + 1) * 10;
    const newerTab = await rawConnection(name, newer);
    expect(changes).toEqual([newer]);
    await expect(db.trees.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    newerTab.close();
  });
});
