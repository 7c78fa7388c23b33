import { expect, test, type Page } from '@playwright/test';
import { installDiskSwitch, openSecondTab, setDiskFull } from './faults';
import { editingField, importTree, nodeByTitle, selectNode, treeFile, waitForSaved } from './helpers';

// One tree open in two tabs of one browser: saves merge field by field, nothing acknowledged is lost.

const inspector = (page: Page) => page.getByTestId('inspector');

const FILE = treeFile('Two tabs', {
  kind: 'outcome',
  title: 'Outcome',
  children: [
    { kind: 'opportunity', title: 'Opp one' },
    { kind: 'opportunity', title: 'Opp two' },
  ],
});

async function renameInline(page: Page, from: string, to: string): Promise<void> {
  await selectNode(page, from);
  await page.keyboard.press('F2');
  await expect(editingField(page)).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
}

test('a title saved in one tab survives a description saved later in another, and both tabs show both', async ({ page, context }) => {
  await importTree(page, FILE);
  const b = await openSecondTab(context, page.url());
  await expect(nodeByTitle(b, 'Opp two')).toBeVisible();

  // B starts typing elsewhere, so it holds unsaved changes of its own.
  await renameInline(b, 'Opp one', 'Opp one (B)');

  // A renames "Opp two"; it is saved.
  await renameInline(page, 'Opp two', 'Opp two, renamed in A');
  await waitForSaved(page);

  // B edits the description of that node in the inspector, from its own copy.
  await expect(nodeByTitle(b, 'Opp two, renamed in A')).toBeVisible();
  await selectNode(b, 'Opp two, renamed in A');
  await inspector(b).getByLabel('Description').fill('Described in B');
  await inspector(b).getByLabel('Description').blur();
  await waitForSaved(b);

  // Nothing reverted: each tab shows both edits, and so does a fresh load.
  for (const each of [page, b]) {
    await expect(nodeByTitle(each, 'Opp two, renamed in A')).toBeVisible();
    await expect(nodeByTitle(each, 'Opp one (B)')).toBeVisible();
  }
  await page.reload();
  await selectNode(page, 'Opp two, renamed in A');
  await expect(inspector(page).getByLabel('Description')).toHaveValue('Described in B');
  await expect(nodeByTitle(page, 'Opp one (B)')).toBeVisible();
});

test('a tab editing a title stays in edit mode and keeps its undo history when the other tab saves', async ({ page, context }) => {
  await importTree(page, FILE);
  const b = await openSecondTab(context, page.url());
  await renameInline(b, 'Outcome', 'Outcome (B)');
  await waitForSaved(b);

  // B starts editing "Opp one" and types without finishing.
  await selectNode(b, 'Opp one');
  await b.keyboard.press('F2');
  await b.keyboard.press('End');
  await b.keyboard.type(' and more');

  await renameInline(page, 'Opp two', 'Opp two from A');
  await waitForSaved(page);
  await expect(nodeByTitle(b, 'Opp two from A')).toBeVisible();

  // Still editing, the typed text still there; the next keystrokes add to it.
  await expect(editingField(b)).toBeFocused();
  await b.keyboard.type('!');
  await expect(editingField(b)).toHaveValue('Opp one and more!');
  await b.keyboard.press('Enter');
  // The undo history is B's own: undo takes back B's edits, not A's.
  await b.keyboard.press('ControlOrMeta+z');
  await expect(nodeByTitle(b, 'Opp one')).toBeVisible();
  await b.keyboard.press('ControlOrMeta+z');
  await expect(nodeByTitle(b, 'Outcome')).toBeVisible();
  await expect(nodeByTitle(b, 'Opp two from A')).toBeVisible();
});

test('when both tabs change one title the later save wins, and the other tab says so and offers its text back', async ({ page, context }) => {
  await importTree(page, FILE);
  const b = await context.newPage();
  // B's writes fail for a while, so its edit stays unsaved while A saves the same title.
  await installDiskSwitch(b);
  await b.goto(page.url());
  await expect(nodeByTitle(b, 'Opp one')).toBeVisible();
  await setDiskFull(b, true);
  await renameInline(b, 'Opp one', 'Title from B');
  await expect(b.getByTestId('save-status')).toHaveAttribute('data-state', 'error');

  await renameInline(page, 'Opp one', 'Title from A');
  await waitForSaved(page);
  // B keeps its own unsaved title over A's…
  await b.waitForTimeout(500);
  await expect(nodeByTitle(b, 'Title from B')).toBeVisible();
  // …and once B can write again, its later save wins.
  await setDiskFull(b, false);
  await waitForSaved(b);

  await expect(nodeByTitle(page, 'Title from B')).toBeVisible();
  const conflict = page.getByTestId('edit-conflict');
  await expect(conflict).toContainText('Title from A');
  await conflict.getByTestId('restore-my-edit').click();
  await expect(nodeByTitle(page, 'Title from A')).toBeVisible();
  await waitForSaved(page);
  await expect(nodeByTitle(b, 'Title from A')).toBeVisible();
});
