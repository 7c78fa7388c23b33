import { expect, test, type Page } from '@playwright/test';
import {
  EXAMPLE_NODE_COUNT,
  EXAMPLE_OUTCOME,
  EXAMPLE_TITLE,
  canvasNodes,
  createTree,
  nodeByTitle,
  nodeTitles,
  openLibrary,
  openTreeId,
  treeCardByTitle,
  treeCards,
  typeTitle,
  waitForSaved,
} from './helpers';

/** Starts a blank tree, names its outcome and the tree, and goes back to the library. */
async function startTree(page: Page, treeTitle: string, outcome: string): Promise<string> {
  const id = await createTree(page);
  await typeTitle(page, outcome);
  await page.keyboard.press('Enter');
  await page.getByTestId('tree-title').fill(treeTitle);
  await page.getByTestId('tree-title').press('Enter');
  await waitForSaved(page);
  await page.getByTestId('home').click();
  await expect(page.getByTestId('tree-list')).toBeVisible();
  return id;
}

test('the example tree is there on first start, with its error and warning counts', async ({ page }) => {
  await openLibrary(page);
  await expect(treeCards(page)).toHaveCount(1);
  const card = treeCardByTitle(page, EXAMPLE_TITLE);
  await expect(card).toBeVisible();
  await expect(card).toContainText(`${EXAMPLE_NODE_COUNT} nodes`);
  await expect(card.getByTestId('tree-errors')).toHaveAttribute('data-count', '1');
  await expect(card.getByTestId('tree-warnings')).toHaveAttribute('data-count', '3');

  await card.getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  await expect(page.getByTestId('findings-counts').locator('[data-severity="error"]')).toHaveAttribute('data-count', '1');
  await expect(page.getByTestId('findings-counts').locator('[data-severity="warning"]')).toHaveAttribute('data-count', '3');
});

test('two trees stay separate: each reopens with its own nodes', async ({ page }) => {
  await openLibrary(page);
  const alphaId = await startTree(page, 'Alpha', 'Alpha outcome');
  const betaId = await startTree(page, 'Beta', 'Beta outcome');
  expect(alphaId).not.toBe(betaId);

  await expect(treeCards(page)).toHaveCount(3);
  await treeCardByTitle(page, 'Alpha').getByTestId('open-tree').click();
  expect(openTreeId(page)).toBe(alphaId);
  await expect(nodeByTitle(page, 'Alpha outcome')).toBeVisible();
  expect(await nodeTitles(page)).toEqual(['Alpha outcome']);
  await expect(page.getByTestId('tree-title')).toHaveValue('Alpha');

  await page.getByTestId('home').click();
  await treeCardByTitle(page, 'Beta').getByTestId('open-tree').click();
  expect(openTreeId(page)).toBe(betaId);
  await expect(nodeByTitle(page, 'Beta outcome')).toBeVisible();
  expect(await nodeTitles(page)).toEqual(['Beta outcome']);
  await expect(page.getByTestId('tree-title')).toHaveValue('Beta');
});

test('a tree renamed in the library keeps its new name after a reload', async ({ page }) => {
  await openLibrary(page);
  const card = treeCardByTitle(page, EXAMPLE_TITLE);
  const id = await card.getAttribute('data-tree-id');
  await card.getByTestId('rename-tree').click();
  const field = page.getByRole('textbox', { name: 'New title' });
  await expect(field).toBeFocused();
  await field.fill('Streaks workshop');
  await field.press('Enter');
  await expect(treeCardByTitle(page, 'Streaks workshop')).toHaveAttribute('data-tree-id', id ?? '');

  await page.reload();
  await expect(treeCardByTitle(page, 'Streaks workshop')).toBeVisible();
  await expect(treeCardByTitle(page, EXAMPLE_TITLE)).toHaveCount(0);
  await treeCardByTitle(page, 'Streaks workshop').getByTestId('open-tree').click();
  await expect(page.getByTestId('tree-title')).toHaveValue('Streaks workshop');
});

test('a duplicated tree is a separate copy with the same nodes', async ({ page }) => {
  await openLibrary(page);
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('duplicate-tree').click();
  const copy = treeCardByTitle(page, `${EXAMPLE_TITLE} (copy)`);
  await expect(copy).toBeVisible();
  await expect(treeCards(page)).toHaveCount(2);
  await expect(copy).toContainText(`${EXAMPLE_NODE_COUNT} nodes`);
  const originalId = await treeCardByTitle(page, EXAMPLE_TITLE).getAttribute('data-tree-id');
  const copyId = await copy.getAttribute('data-tree-id');
  expect(copyId).not.toBe(originalId);

  // Editing the copy leaves the original as it was.
  await copy.getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  await nodeByTitle(page, EXAMPLE_OUTCOME).locator('.ost-node-title').click();
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await typeTitle(page, ' by June');
  await page.keyboard.press('Enter');
  await expect(nodeByTitle(page, `${EXAMPLE_OUTCOME} by June`)).toBeVisible();
  await waitForSaved(page);
  await page.getByTestId('home').click();
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  await expect(nodeByTitle(page, `${EXAMPLE_OUTCOME} by June`)).toHaveCount(0);
});

test('a deleted tree can be brought back with Undo', async ({ page }) => {
  await openLibrary(page);
  const card = treeCardByTitle(page, EXAMPLE_TITLE);
  const id = await card.getAttribute('data-tree-id');
  await card.getByTestId('delete-tree').click();
  await expect(treeCards(page)).toHaveCount(0);

  await page.getByTestId('undo-delete').click();
  await expect(treeCards(page)).toHaveCount(1);
  const restored = treeCardByTitle(page, EXAMPLE_TITLE);
  await expect(restored).toHaveAttribute('data-tree-id', id ?? '');
  await expect(restored).toContainText(`${EXAMPLE_NODE_COUNT} nodes`);

  await page.reload();
  await expect(treeCardByTitle(page, EXAMPLE_TITLE)).toBeVisible();
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  await expect(canvasNodes(page).first()).toBeVisible();
});
