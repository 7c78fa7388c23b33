import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { installDiskSwitch, setDiskFull } from './faults';
import { EXAMPLE_OUTCOME, EXAMPLE_TITLE, nodeByTitle, selectNode, treeCardByTitle } from './helpers';
import { BUILD, nextBuild, serveBuild } from './two-builds';

// A real update: the app installed from one build, the server then answering with the next, whose
// service worker installs and waits. The prompt shows, never reloads over unsaved work, and
// accepting it activates the new version.

test.use({ serviceWorkers: 'allow' });
test.setTimeout(120_000);

type MarkedWindow = Window & { loadedBeforeUpdate?: boolean };

const waitingWorker = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

test('a waiting new version is offered, waits for unsaved edits to be stored, and runs once accepted', async ({ page }) => {
  const second = await nextBuild();
  const server = await serveBuild(BUILD);
  try {
    await installDiskSwitch(page);
    await page.goto(`${server.url}/#/`);
    await expect(page.getByTestId('tree-list')).toBeVisible();
    // The first visit installs the worker; the next load is served by it.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
    await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);

    // An edit that cannot be stored yet (a full disk).
    await setDiskFull(page, true);
    await selectNode(page, EXAMPLE_OUTCOME);
    await page.keyboard.press('F2');
    await page.keyboard.press('End');
    await page.keyboard.type(', this quarter');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('save-error')).toBeVisible();
    await page.evaluate(() => ((window as MarkedWindow).loadedBeforeUpdate = true));

    // The next release is published; the browser checks for it.
    server.serve(second);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    await expect(prompt).toContainText('A new version is ready');
    expect(await waitingWorker(page)).toBe(true);
    await page.screenshot({ path: '.tmp/update-prompt.png' });

    // Reload with the edit unstored: it says why and stays.
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(prompt).toContainText('could not be saved yet');
    expect(await page.evaluate(() => (window as MarkedWindow).loadedBeforeUpdate)).toBe(true);
    expect(await waitingWorker(page)).toBe(true);
    await page.screenshot({ path: '.tmp/update-prompt-blocked.png' });

    // Space comes back; the edit is stored. Text typed just before accepting is saved first too.
    await setDiskFull(page, false);
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    await page.getByTestId('inspector').getByLabel('Description').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Typed just before the update', { delay: 0 });
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;

    // The new version runs: its page is served, its worker controls, none waits.
    await expect(page.locator('meta[name="app-build"]')).toHaveAttribute('content', 'second');
    expect(await page.evaluate(() => (window as MarkedWindow).loadedBeforeUpdate)).toBeUndefined();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await waitingWorker(page)).toBe(false);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
    // Nothing was lost on the way.
    await expect(nodeByTitle(page, `${EXAMPLE_OUTCOME}, this quarter`)).toBeVisible();
    await selectNode(page, `${EXAMPLE_OUTCOME}, this quarter`);
    await expect(page.getByTestId('inspector').getByLabel('Description')).toHaveValue('Typed just before the update');
  } finally {
    await server.close();
    await rm(second, { recursive: true, force: true });
  }
});
