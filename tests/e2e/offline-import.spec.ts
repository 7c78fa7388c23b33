import { expect, test, type Page } from '@playwright/test';
import { setOffline } from './faults';
import { chooseImportFile, nodeByTitle, openLibrary, treeFile } from './helpers';

// The very first visit: the service worker installs in the background but controls only the next
// page load, so the parts of the app loaded on first use are fetched from the network. The page
// loads them while idle, so losing the network later in that visit breaks none of them.

test.use({ serviceWorkers: 'allow' });

/** Resolves when the page itself (not the installing worker) has fetched a file matching `name`. */
function pageFetched(page: Page, name: RegExp): Promise<unknown> {
  return page.waitForResponse((response) => name.test(new URL(response.url()).pathname) && response.request().serviceWorker() === null && response.ok());
}

test('on the very first visit, before the service worker controls the page, import and present mode work offline', async ({ page, context }) => {
  const warmed = Promise.all([/\/import-actions-[\w-]+\.js$/, /\/PresentMode-[\w-]+\.js$/, /\/KeyboardHelp-[\w-]+\.js$/].map((name) => pageFetched(page, name)));
  await openLibrary(page);
  await warmed;
  // Still the first page load: nothing is served by the worker.
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();

  await setOffline(context, true);
  expect(await page.evaluate(() => fetch('/not-precached.json').then(() => 'answered', () => 'failed'))).toBe('failed');
  const file = treeFile('Offline import', { kind: 'outcome', title: 'Imported on the train' });
  await chooseImportFile(page, 'offline.ost.json', file);
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(nodeByTitle(page, 'Imported on the train')).toBeVisible();
  await expect(page.getByTestId('import-error')).toHaveCount(0);

  await page.getByTestId('present').click();
  await expect(page.locator('html')).toHaveAttribute('data-presenting', /.*/);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting', /.*/);
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: '.tmp/offline-first-visit.png' });
});
