import { expect, test } from '@playwright/test';
import { installDiskSwitch, setDiskFull } from './faults';
import { editingField, importTree, nodeByTitle, openLibrary, selectNode, treeCardByTitle, treeFile, waitForSaved } from './helpers';

// A same-field conflict that only shows when a journal is replayed: a tab closed with a title it
// could not store, and meanwhile another tab saved a different title for that node.

const FILE = treeFile('Replayed conflict', {
  kind: 'outcome',
  title: 'Outcome',
  children: [
    { kind: 'opportunity', title: 'Opp one' },
    { kind: 'opportunity', title: 'Opp two' },
  ],
});

test('a journalled title replaced by a later save in another tab is announced, with its text offered back', async ({ page, context }) => {
  await importTree(page, FILE);
  const treeUrl = page.url();

  // Tab B cannot store (a full disk), renames "Opp two" and is closed: the title is only in its journal.
  const b = await context.newPage();
  await installDiskSwitch(b);
  await b.goto(treeUrl);
  await setDiskFull(b, true);
  await selectNode(b, 'Opp two');
  await b.keyboard.press('F2');
  await expect(editingField(b)).toBeFocused();
  await b.keyboard.press('ControlOrMeta+a');
  await b.keyboard.type('Opp two, as tab B wrote it');
  await b.keyboard.press('Enter');
  await expect(b.getByTestId('save-error')).toBeVisible();
  await b.close({ runBeforeUnload: true });

  // Tab A then renames the same node; its save is stored (and must leave B's journal alone).
  await selectNode(page, 'Opp two');
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Opp two, as tab A wrote it');
  await page.keyboard.press('Enter');
  await waitForSaved(page);

  // The library replays B's journal: A's later title stays, the tree is marked, and opening it
  // announces B's text and offers it back.
  const again = await context.newPage();
  await openLibrary(again);
  const card = treeCardByTitle(again, 'Replayed conflict');
  await expect(card.getByTestId('tree-conflicts')).toBeVisible();
  await again.screenshot({ path: '.tmp/journal-conflict-library.png' });
  await card.getByTestId('open-tree').click();
  await expect(nodeByTitle(again, 'Opp two, as tab A wrote it')).toBeVisible();
  const conflict = again.getByTestId('edit-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('Opp two, as tab B wrote it');
  await again.screenshot({ path: '.tmp/journal-conflict.png' });
  await conflict.getByTestId('restore-my-edit').click();
  await expect(nodeByTitle(again, 'Opp two, as tab B wrote it')).toBeVisible();
  await waitForSaved(again);

  // Once dealt with, it is not announced again.
  await again.reload();
  await expect(nodeByTitle(again, 'Opp two, as tab B wrote it')).toBeVisible();
  await expect(again.getByTestId('edit-conflict')).toHaveCount(0);
  await again.getByTestId('home').click();
  await expect(treeCardByTitle(again, 'Replayed conflict')).toBeVisible();
  await expect(again.getByTestId('tree-conflicts')).toHaveCount(0);
});
