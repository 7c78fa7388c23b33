import { expect, test } from '@playwright/test';
import { chooseImportFile, exportFromMenu, importTree, openLibrary, selectNode, treeCards, treeFile } from './helpers';

// Whatever the editor accepts must export and import again; what an import has to change is shown.

const inspector = (page: import('@playwright/test').Page) => page.getByTestId('inspector');

test('votes past the file limit are refused in the inspector, and what is accepted exports and imports again', async ({ page }) => {
  await importTree(page, treeFile('Round trip', { kind: 'outcome', title: 'Outcome', children: [{ kind: 'opportunity', title: 'Opp' }] }));
  await selectNode(page, 'Opp');
  const votes = inspector(page).getByLabel('Votes');
  await votes.fill('2000000');
  await votes.press('Enter');
  await expect(inspector(page).getByRole('alert')).toContainText('from 0 to 1,000,000');
  await votes.fill('1000000');
  await votes.press('Enter');
  await expect(inspector(page).getByRole('alert')).toHaveCount(0);

  const { bytes } = await exportFromMenu(page, 'export-json');
  await openLibrary(page);
  const before = await treeCards(page).count();
  await chooseImportFile(page, 'again.ost.json', bytes);
  await expect(page).toHaveURL(/#\/tree\//);
  await openLibrary(page);
  await expect(treeCards(page)).toHaveCount(before + 1);
});

test('an import that had to change the file says what changed, and can be undone from its notice', async ({ page }) => {
  await openLibrary(page);
  const before = await treeCards(page).count();
  const file = treeFile(
    'With a bad link',
    { kind: 'outcome', title: 'Outcome', children: [{ kind: 'opportunity', title: 'Opp', evidence: ['e1'] }] },
    [{ key: 'e1', kind: 'interview', firstHand: true, summary: 'Heard it', url: 'javascript:alert(1)' }],
  );
  await chooseImportFile(page, 'bad-link.ost.json', file);
  // The tree opens, and its editor says what the import changed.
  await expect(page).toHaveURL(/#\/tree\//);
  const notice = page.getByTestId('import-notice');
  await expect(notice).toBeVisible();
  await expect(notice.getByTestId('import-warnings')).toContainText('removed the link');
  await notice.getByTestId('undo-import').click();
  await expect(page.getByTestId('tree-list')).toBeVisible();
  await expect(treeCards(page)).toHaveCount(before);
});

test('a backup restore is announced in the library and can be undone from its notice', async ({ page }) => {
  await openLibrary(page);
  const before = await treeCards(page).count();
  const one = JSON.parse(treeFile('First', { kind: 'outcome', title: 'One' })).tree;
  const two = JSON.parse(treeFile('Second', { kind: 'outcome', title: 'Two' })).tree;
  const backup = JSON.stringify({ format: 'ost-backup', version: 1, trees: [one, { ...two, id: 'second' }] });
  await chooseImportFile(page, 'backup.json', backup);
  const notice = page.getByTestId('import-notice');
  await expect(notice).toContainText('Restored 2 trees');
  await expect(treeCards(page)).toHaveCount(before + 2);
  await notice.getByTestId('undo-import').click();
  await expect(treeCards(page)).toHaveCount(before);
});
