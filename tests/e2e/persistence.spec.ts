import { expect, test } from '@playwright/test';
import {
  EXAMPLE_OUTCOME,
  EXAMPLE_TITLE,
  createTree,
  editingField,
  nodeByTitle,
  nodeTitles,
  openLibrary,
  openTreeId,
  treeCardByTitle,
  typeTitle,
} from './helpers';

test('a reload straight after typing a node title keeps the text', async ({ page }) => {
  await openLibrary(page);
  const id = await createTree(page);
  await expect(editingField(page)).toBeFocused();
  await page.keyboard.type('Typed just before the reload');
  // No waiting for the save, nor for the text to show: the page is reloaded at once.
  await page.reload();

  await expect(page.getByTestId('canvas')).toBeVisible();
  expect(openTreeId(page)).toBe(id);
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  expect(await nodeTitles(page)).toEqual(['Typed just before the reload']);
});

test('a reload straight after renaming the tree in the header keeps the name', async ({ page }) => {
  await openLibrary(page);
  await createTree(page);
  await page.keyboard.press('Escape');
  await expect(editingField(page)).toHaveCount(0);
  await page.getByTestId('tree-title').fill('Renamed a moment ago');
  await page.reload();

  await expect(page.getByTestId('tree-title')).toHaveValue('Renamed a moment ago');
  await page.getByTestId('home').click();
  await expect(treeCardByTitle(page, 'Renamed a moment ago')).toBeVisible();
});

test('a second tab on the same tree shows what the first tab changed', async ({ page, context }) => {
  await openLibrary(page);
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(nodeByTitle(second, EXAMPLE_OUTCOME)).toBeVisible();

  await page.bringToFront();
  await nodeByTitle(page, EXAMPLE_OUTCOME).locator('.ost-node-title').click();
  await page.keyboard.press('F2');
  await typeTitle(page, ' by June');
  await page.keyboard.press('Enter');
  const edited = `${EXAMPLE_OUTCOME} by June`;
  await expect(nodeByTitle(page, edited)).toBeVisible();

  // The idle second tab reloads the tree when the first one saves.
  await expect(nodeByTitle(second, edited)).toBeVisible();
  await expect(nodeByTitle(second, EXAMPLE_OUTCOME)).toHaveCount(0);
  await expect(second.getByTestId('notice')).toContainText('another tab');
});
