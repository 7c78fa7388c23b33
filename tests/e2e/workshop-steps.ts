// Shared steps for the workshop specs: what is stored for a tree (read from IndexedDB in the page),
// which nodes are dimmed, and screenshots kept for a human look.
import { expect, type Page, type TestInfo } from '@playwright/test';

/** Every stored row of one tree (tree row, nodes, evidence), read straight from IndexedDB. */
export async function storedTree(page: Page, treeId: string): Promise<unknown> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('ost-editor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const tree = await new Promise<unknown>((resolve, reject) => {
      const request = db.transaction('trees').objectStore('trees').get(id);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const mine = (rows: unknown[]) => rows.filter((row) => (row as { treeId: string }).treeId === id).sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
    const nodes = mine(await all('nodes'));
    const evidence = mine(await all('evidence'));
    db.close();
    return { tree, nodes, evidence };
  }, treeId);
}

/** Ids of the canvas nodes whose kind element carries data-dimmed, and of those that do not. */
export async function dimmedSplit(page: Page): Promise<{ dimmed: string[]; lit: string[] }> {
  return page.locator('.react-flow__node').evaluateAll((nodes) => {
    const dimmed: string[] = [];
    const lit: string[] = [];
    for (const node of nodes) {
      const id = node.getAttribute('data-id') ?? '';
      (node.querySelector('[data-kind]')?.hasAttribute('data-dimmed') ? dimmed : lit).push(id);
    }
    return { dimmed: dimmed.sort(), lit: lit.sort() };
  });
}

/** Waits for the canvas to stop moving (a fit animates for 250 ms). */
export async function settle(page: Page): Promise<void> {
  let previous = '';
  await expect
    .poll(async () => {
      const now = await page.locator('.react-flow__viewport').getAttribute('style');
      const still = now === previous;
      previous = now ?? '';
      return still;
    }, { intervals: [150, 150, 150, 250] })
    .toBe(true);
}

/** A screenshot attached to the report and kept for a human look. */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
