// Fault injection for the end-to-end specs: the ways browsers really fail, switchable from a test.
// Every switch that must be in place before the app opens its database is an init script.
import type { BrowserContext, Page } from '@playwright/test';

type FaultWindow = Window & { diskFull?: boolean };

/**
 * Installs a switch that makes every IndexedDB write fail as a full disk does (QuotaExceededError),
 * while `setDiskFull(page, true)`. Dexie binds IDBDatabase#transaction when it opens the database,
 * so this runs before the app starts.
 */
export async function installDiskSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const full = (window as FaultWindow).diskFull ?? sessionStorage.getItem('fault:diskFull') === 'true';
      if (full && args[1] === 'readwrite') {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    } as IDBDatabase['transaction'];
  });
}

/** Fills or frees the disk for this tab; it stays full across reloads of the tab until freed. */
export const setDiskFull = (page: Page, full: boolean) =>
  page.evaluate((value) => {
    (window as FaultWindow).diskFull = value;
    sessionStorage.setItem('fault:diskFull', String(value));
  }, full);

/** A browser with no IndexedDB at all (some private modes): `window.indexedDB` is undefined. */
export async function removeIndexedDB(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => undefined });
  });
}

/** IndexedDB that throws on access, as Firefox did with site data disabled. */
export async function throwingIndexedDB(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
}

/** IndexedDB whose open requests never answer (neither success nor error), as some broken profiles do. */
export async function hangingIndexedDB(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
      const request = original.apply(this, args);
      // Capturing listeners at the target run before the request's own handlers: swallow every answer.
      for (const type of ['success', 'error', 'upgradeneeded', 'blocked']) {
        request.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true });
      }
      return request;
    } as IDBFactory['open'];
  });
}

/** IndexedDB whose open fails with an error (Firefox private windows before version 115). */
export async function failingIndexedDBOpen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function () {
      throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
    };
  });
}

/** A second tab of the same browser (same storage, same BroadcastChannel), at the same address. */
export async function openSecondTab(context: BrowserContext, url: string): Promise<Page> {
  const second = await context.newPage();
  await second.goto(url);
  return second;
}

/**
 * Opens the app's database at a higher version from inside `page`, as a newer version of the app
 * in another tab would; the old tabs get a versionchange event. Resolves once the upgrade ran.
 */
export async function upgradeDatabaseElsewhere(page: Page, name = 'ost-editor'): Promise<void> {
  await page.evaluate(async (databaseName) => {
    const current = await new Promise<number>((resolve, reject) => {
      const request = indexedDB.open(databaseName);
      request.onsuccess = () => {
        const version = request.result.version;
        request.result.close();
        resolve(version);
      };
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(databaseName, current + 10);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  }, name);
}

/** Takes the whole browser context off the network (and back). */
export async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
}
