import { expect, test, type Page } from '@playwright/test';
import { setOffline } from './faults';
import { chooseImportFile, EXAMPLE_OUTCOME, EXAMPLE_TITLE, nodeByTitle, openLibrary, treeCardByTitle, treeFile } from './helpers';

// The README promises: after the first visit the app opens and works with no network, every part of
// it (lazy chunks included) served by its service worker; and it is installable (a web app manifest).

test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker controls the page (the first visit installs it; one reload hands over control). */
async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }
}

test('after one visit the library, a tree, present mode and the importer all load with no network', async ({ page, context }) => {
  await openLibrary(page);
  await waitForServiceWorkerControl(page);

  await setOffline(context, true);
  // The network is really gone: a request the service worker does not serve fails.
  expect(await page.evaluate(() => fetch('/not-precached.json').then(() => 'answered', () => 'failed'))).toBe('failed');

  await page.reload();
  await expect(page.getByTestId('tree-list')).toBeVisible();
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();

  // Present mode is a lazy chunk: it loads from the precache.
  await page.getByTestId('present').click();
  await expect(page.locator('html')).toHaveAttribute('data-presenting', /.*/);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting', /.*/);

  // So is the importer: an import started offline succeeds.
  await page.goto('/#/');
  await chooseImportFile(page, 'offline.ost.json', treeFile('Imported offline', { kind: 'outcome', title: 'Works on the train' }));
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(nodeByTitle(page, 'Works on the train')).toBeVisible();
});

test('the app is installable: a manifest with name, start URL, standalone display and PNG icons the worker serves offline', async ({ page, context }) => {
  await openLibrary(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await page.evaluate((url) => fetch(url).then((response) => response.json()), href ?? '')) as {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest.name).toMatch(/OST Editor/);
  expect(manifest.short_name).toBe('OST Editor');
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  await waitForServiceWorkerControl(page);
  await setOffline(context, true);
  for (const icon of manifest.icons) {
    const type = await page.evaluate((src) => fetch(new URL(src, location.href)).then((response) => (response.ok ? response.headers.get('content-type') : `HTTP ${response.status}`)), icon.src);
    expect(type, icon.src).toContain(icon.type.split('+')[0]);
  }
});
