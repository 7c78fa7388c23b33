// Zoomed far out, blocks stop drawing titles no one could read, but keep them for search and
// screen readers; zooming back in to a readable size draws whole-word lines again.
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, openExampleTree } from './helpers';

const zoom = (page: Page) =>
  page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec(document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform)?.[1]));

async function zoomOutBelow(page: Page, limit: number) {
  for (let step = 0; step < 20 && (await zoom(page)) >= limit; step += 1) {
    await page.locator('.react-flow__controls-zoomout').click();
    await page.waitForTimeout(120);
  }
  expect(await zoom(page)).toBeLessThan(limit);
}

test('titles too small to read are not drawn, and come back as whole-word lines when zoomed in', async ({ page }) => {
  await openExampleTree(page);
  await page.getByRole('button', { name: 'Fit the whole tree' }).click();
  await page.waitForTimeout(600);
  // At the whole tree's zoom every block draws lines of its title.
  await expect(page.locator('.ost-node.is-compact')).toHaveCount(EXAMPLE_NODE_COUNT);
  expect(await page.locator('.ost-node.is-compact .compact-line').count()).toBeGreaterThanOrEqual(EXAMPLE_NODE_COUNT);

  // 56 px titles at zoom 0.07 are under 4 px on screen.
  await zoomOutBelow(page, 0.07);
  await expect(page.locator('.ost-node.is-compact .compact-line')).toHaveCount(0);
  const outcomeTitle = page.locator('.ost-node.is-compact[data-kind="outcome"] [data-node-title]');
  await expect(outcomeTitle).toHaveAttribute('title', /.+/);
  expect((await outcomeTitle.textContent())!.length).toBeGreaterThan(10);

  await page.getByRole('button', { name: 'Fit the whole tree' }).click();
  await expect(page.locator('.ost-node.is-compact .compact-line').first()).toBeVisible();
});
