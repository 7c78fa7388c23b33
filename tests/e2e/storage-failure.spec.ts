import { expect, test } from '@playwright/test';
import { installDiskSwitch, setDiskFull } from './faults';
import { createTree, nodeTitles, openLibrary, typeTitle, waitForSaved } from './helpers';

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
