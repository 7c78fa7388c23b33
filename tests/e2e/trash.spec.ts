import { expect, test } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, EXAMPLE_OUTCOME, EXAMPLE_TITLE, nodeByTitle, openLibrary, treeCardByTitle, treeCards } from './helpers';

test('a deleted tree waits in the Trash, even after leaving the library, and can be restored whole', async ({ page }) => {
  await openLibrary(page);
  const card = treeCardByTitle(page, EXAMPLE_TITLE);
  const id = (await card.getAttribute('data-tree-id')) ?? '';
  await card.getByTestId('delete-tree').click();
  await expect(treeCards(page)).toHaveCount(0);

  // Gone from the library for good as far as Undo goes: a reload ends the notice.
  await page.reload();
  await expect(page.getByTestId('undo-delete')).toHaveCount(0);
  await page.getByTestId('trash').click();
  const trashed = page.locator(`[data-testid="trash-list"] [data-tree-id="${id}"]`);
  await expect(trashed).toContainText(EXAMPLE_TITLE);
  await expect(trashed).toContainText('30 days left');
  await trashed.getByTestId('restore-tree').click();

  await expect(treeCardByTitle(page, EXAMPLE_TITLE)).toHaveAttribute('data-tree-id', id);
  await expect(treeCardByTitle(page, EXAMPLE_TITLE)).toContainText(`${EXAMPLE_NODE_COUNT} nodes`);
  await expect(trashed).toHaveCount(0);
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
});

test('the library asks for lasting storage and says whether the browser granted it', async ({ page }) => {
  await openLibrary(page);
  const status = page.getByTestId('storage-status');
  await expect(status).toHaveAttribute('data-persisted', /^(true|false)$/);
  if ((await status.getAttribute('data-persisted')) === 'false') {
    await expect(status).toContainText(/back up/i);
  }
});

test('when the browser grants lasting storage the library says so', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { ...navigator.storage, persisted: async () => false, persist: async () => true, estimate: () => navigator.storage.estimate() },
    });
  });
  await openLibrary(page);
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-persisted', 'true');
});
