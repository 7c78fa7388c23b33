import { expect, test } from '@playwright/test';
import { failingIndexedDBOpen, hangingIndexedDB, openSecondTab, removeIndexedDB, throwingIndexedDB, upgradeDatabaseElsewhere } from './faults';
import { createTree, nodeByTitle, openLibrary, typeTitle, waitForSaved } from './helpers';

// When the browser will not store anything, or stops answering, the page says what to do within
// 10 seconds: never a raw error, never an endless spinner.

const cases = [
  { name: 'has no IndexedDB at all', inject: removeIndexedDB, says: /private browsing|normal window/i },
  { name: 'throws when IndexedDB is touched', inject: throwingIndexedDB, says: /private browsing|normal window/i },
  { name: 'fails to open the database', inject: failingIndexedDBOpen, says: /private browsing|normal window|reload/i },
  { name: 'never answers the open', inject: hangingIndexedDB, says: /not answering.*reload/i },
];

for (const each of cases) {
  test(`a browser that ${each.name} gets a clear message naming what to do`, async ({ page }) => {
    await each.inject(page);
    await page.goto('/#/');
    const problem = page.getByTestId('storage-problem');
    await expect(problem).toBeVisible({ timeout: 10_000 });
    await expect(problem).toContainText(each.says);
    await expect(problem).not.toContainText(/dexie|MissingAPIError|https?:\/\//i);
    await expect(page.getByText('Loading your trees…')).toHaveCount(0);
  });
}

test('an old tab stops writing when a newer version opens the database, asks for a reload, and keeps its edits', async ({ page, context }) => {
  await openLibrary(page);
  await createTree(page);
  await typeTitle(page, 'Kept across the upgrade');
  await page.keyboard.press('Enter');
  await waitForSaved(page);

  const other = await openSecondTab(context, '/#/');
  await page.keyboard.press('F2');
  await page.keyboard.type(' and typed after');
  await upgradeDatabaseElsewhere(other);

  const problem = page.getByTestId('storage-problem');
  await expect(problem).toBeVisible({ timeout: 10_000 });
  await expect(problem).toContainText(/newer version.*reload/i);
  await other.close();
  // After the reload every edit is there, including what was typed before the upgrade was noticed.
  await page.reload();
  await expect(nodeByTitle(page, 'Kept across the upgrade and typed after')).toBeVisible();
});
