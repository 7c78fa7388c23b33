import { expect, test, type Page } from '@playwright/test';
import { installDiskSwitch, setDiskFull } from './faults';
import { closeTabAndReopen, createTree, download, importTree, nodeByTitle, nodeTitles, openLibrary, selectNode, treeCardByTitle, typeTitle, waitForSaved } from './helpers';

// Everything typed survives an immediate reload, a closed tab, a full disk and leaving the editor.

const inspector = (page: Page) => page.getByTestId('inspector');
// An outcome with two opportunities, as in the reload case.
async function reloadCase(): Promise<string> {
  return JSON.stringify({
    format: 'ost-tree',
    version: 1,
    tree: {
      id: 'file-tree', title: 'Reload test', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
      nodes: [
        { id: 'n1', kind: 'outcome', parentId: null, title: 'Outcome' },
        { id: 'p1', kind: 'opportunity', parentId: 'n1', title: 'Opp one' },
        { id: 'p2', kind: 'opportunity', parentId: 'n1', title: 'Opp two' },
      ],
      evidence: [],
    },
  });
}

const SENTENCE = 'Learners forget to practise on busy evenings.';

test('a description typed in the inspector survives a reload right after typing', async ({ page }) => {
  await importTree(page, await reloadCase());
  await selectNode(page, 'Opp two');
  await inspector(page).getByLabel('Description').click();
  await page.keyboard.type(SENTENCE, { delay: 0 });
  await page.reload();
  await selectNode(page, 'Opp two');
  await expect(inspector(page).getByLabel('Description')).toHaveValue(SENTENCE);
});

test('a description typed in the inspector survives closing the tab right after typing', async ({ page }) => {
  const treeUrl = (await importTree(page, await reloadCase()), page.url());
  await selectNode(page, 'Opp two');
  await inspector(page).getByLabel('Description').click();
  await page.keyboard.type(SENTENCE, { delay: 0 });
  const again = await closeTabAndReopen(page, treeUrl);
  await selectNode(again, 'Opp two');
  await expect(inspector(again).getByLabel('Description')).toHaveValue(SENTENCE);
});

test('with a full disk, leaving the editor keeps the edit, warns, and stores it once there is room', async ({ page }) => {
  await installDiskSwitch(page);
  await openLibrary(page);
  await createTree(page);
  await typeTitle(page, 'Before the disk filled');
  await page.keyboard.press('Enter');
  await waitForSaved(page);

  await setDiskFull(page, true);
  await page.keyboard.press('F2');
  await page.keyboard.type(' up');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-error')).toBeVisible();
  await page.getByTestId('home').click();

  // The library says the edit is kept but not stored, and a backup already has it.
  await expect(page.getByTestId('unstored-edits')).toBeVisible();
  const { bytes } = await download(page, () => page.getByTestId('export-backup').click());
  expect(bytes.toString('utf8')).toContain('Before the disk filled up');

  await setDiskFull(page, false);
  await expect(page.getByTestId('unstored-edits')).toHaveCount(0, { timeout: 15_000 });
  await expect(treeCardByTitle(page, 'Before the disk filled up')).toBeVisible();
  await page.reload();
  await treeCardByTitle(page, 'Before the disk filled up').getByTestId('open-tree').click();
  expect(await nodeTitles(page)).toEqual(['Before the disk filled up']);
});

test('after a reload with the disk still full the status says so, and saving resumes once there is room', async ({ page }) => {
  await installDiskSwitch(page);
  await openLibrary(page);
  await createTree(page);
  await typeTitle(page, 'Typed');
  await page.keyboard.press('Enter');
  await waitForSaved(page);

  await setDiskFull(page, true);
  await page.keyboard.press('F2');
  await page.keyboard.type(' while full');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-error')).toBeVisible();
  await page.reload();

  await expect(nodeByTitle(page, 'Typed while full')).toBeVisible();
  await expect(page.getByTestId('save-status')).not.toHaveAttribute('data-state', 'saved');
  await expect(page.getByTestId('save-error')).toBeVisible();

  await setDiskFull(page, false);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await setDiskFull(page, false);
  await page.reload();
  await expect(nodeByTitle(page, 'Typed while full')).toBeVisible();
});
