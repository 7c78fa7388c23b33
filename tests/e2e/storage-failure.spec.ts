import { expect, test, type Page } from '@playwright/test';
import { createTree, nodeTitles, openLibrary, typeTitle, waitForSaved } from './helpers';

// Dexie binds IDBDatabase#transaction when it opens the database, so the failure switch is
// installed before the app starts: while `diskFull` is set, every write fails as a full disk does.
async function installDiskSwitch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      if ((window as unknown as { diskFull?: boolean }).diskFull && args[1] === 'readwrite') {
        throw new DOMException('The disk is full.', 'QuotaExceededError');
      }
      return original.apply(this, args);
    } as IDBDatabase['transaction'];
  });
}

const setDiskFull = (page: Page, full: boolean) => page.evaluate((value) => ((window as unknown as { diskFull?: boolean }).diskFull = value), full);

test('a full disk keeps the change, says so, offers an export, and saves once there is room', async ({ page }) => {
  await installDiskSwitch(page);
  await openLibrary(page);
  await createTree(page);
  await typeTitle(page, 'Saved before the disk filled up');
  await page.keyboard.press('Escape');
  await waitForSaved(page);

  await setDiskFull(page, true);
  await page.keyboard.press('F2');
  await page.keyboard.type(' and typed after');
  await page.keyboard.press('Escape');

  const banner = page.getByTestId('save-error');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText(/storage is full/i);
  await expect(banner.getByRole('button', { name: /export as json/i })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'error');
  // Nothing typed is lost while the writes fail.
  expect(await nodeTitles(page)).toEqual(['Saved before the disk filled up and typed after']);

  await setDiskFull(page, false);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await expect(banner).toHaveCount(0);

  await page.reload();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  expect(await nodeTitles(page)).toEqual(['Saved before the disk filled up and typed after']);
});
