// Forms whose text cannot go to the tree before they are submitted (new evidence, an evidence
// edit, a check-in, a pasted tree) keep what was typed across an immediate reload, a closed tab
// and leaving the editor, and open with it again; submitting or cancelling forgets it.
import { expect, test, type Page } from '@playwright/test';
import { closeTabAndReopen, importTree, openLibrary, selectNode, treeCardByTitle, treeFile } from './helpers';

const inspector = (page: Page) => page.getByTestId('inspector');
const drawer = (page: Page) => page.getByTestId('evidence-library');
const SUMMARY = 'Parents check progress on Sunday evenings';

const evidenceCase = treeFile(
  'Form drafts',
  { kind: 'outcome', title: 'Outcome', children: [{ kind: 'opportunity', title: 'Opp one' }, { kind: 'opportunity', title: 'Opp two' }] },
  [{ key: 'a', kind: 'interview', firstHand: true, summary: 'Evenings are busy' }],
);

const checkInCase = JSON.stringify({
  format: 'ost-tree',
  version: 2,
  exportedAt: '2026-11-20T10:00:00.000Z',
  tree: {
    id: 'kr-tree', title: 'Check-in drafts', createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z',
    nodes: [
      {
        id: 'o1', kind: 'outcome', parentId: null, title: 'Learners keep their streaks',
        keyResults: [{ id: 'kr1', name: 'Learners on a 7-day streak', baseline: 20, target: 30, unit: '%', deadline: '2027-06-30', checkIns: [] }],
      },
      { id: 'p1', kind: 'opportunity', parentId: 'o1', title: 'Opp one' },
    ],
    evidence: [],
  },
});

test('new evidence typed in the evidence library survives a reload right after typing', async ({ page }) => {
  await importTree(page, evidenceCase);
  await page.getByTestId('open-evidence').click();
  await drawer(page).getByRole('button', { name: 'Add evidence' }).click();
  await drawer(page).getByLabel('Summary (required)').focus();
  await page.keyboard.type(SUMMARY, { delay: 0 });
  await page.reload();

  await expect(drawer(page).getByLabel('Summary (required)')).toHaveValue(SUMMARY);
  await drawer(page).getByRole('button', { name: 'Add evidence' }).click();
  await expect(drawer(page).locator('.evidence-summary', { hasText: SUMMARY })).toBeVisible();
  // Added, the draft is gone: a reload opens the editor with the drawer closed.
  await page.reload();
  await expect(page.getByTestId('canvas')).toBeVisible();
  await expect(drawer(page)).toHaveCount(0);
  await page.getByTestId('open-evidence').click();
  await expect(drawer(page).getByLabel('Summary (required)')).toHaveCount(0);
});

test('new evidence typed in the inspector survives closing the tab right after typing', async ({ page }) => {
  await importTree(page, evidenceCase);
  const treeUrl = page.url();
  await selectNode(page, 'Opp two');
  await inspector(page).getByRole('button', { name: 'New evidence…' }).click();
  await inspector(page).getByLabel('Summary (required)').focus();
  await page.keyboard.type(SUMMARY, { delay: 0 });
  const again = await closeTabAndReopen(page, treeUrl);
  await selectNode(again, 'Opp two');
  await expect(inspector(again).getByLabel('Summary (required)')).toHaveValue(SUMMARY);
  // Cancelling forgets it.
  await inspector(again).getByRole('button', { name: 'Cancel' }).click();
  await again.reload();
  await selectNode(again, 'Opp two');
  await expect(inspector(again).getByRole('button', { name: 'New evidence…' })).toBeVisible();
  await expect(inspector(again).getByLabel('Summary (required)')).toHaveCount(0);
});

test('an evidence edit not yet saved survives a reload and leaving the editor', async ({ page }) => {
  await importTree(page, evidenceCase);
  await page.getByTestId('open-evidence').click();
  await drawer(page).getByRole('button', { name: 'Edit “Evenings are busy”' }).click();
  await drawer(page).getByLabel('Source (who or where)').focus();
  await page.keyboard.type('Interview with Ana', { delay: 0 });
  await page.reload();
  await expect(drawer(page).getByLabel('Source (who or where)')).toHaveValue('Interview with Ana');

  await drawer(page).getByLabel('Source (who or where)').focus();
  await page.keyboard.type(', week 3', { delay: 0 });
  await page.getByTestId('home').click();
  await treeCardByTitle(page, 'Form drafts').getByTestId('open-tree').click();
  await expect(drawer(page).getByLabel('Source (who or where)')).toHaveValue('Interview with Ana, week 3');
});

test('a check-in typed and not yet recorded survives a reload right after typing', async ({ page }) => {
  await importTree(page, checkInCase);
  await selectNode(page, 'Learners keep their streaks');
  const card = inspector(page).locator('[data-kr-card]').first();
  await card.getByLabel('New check-in value').focus();
  await page.keyboard.type('24', { delay: 0 });
  await card.getByLabel('Note (optional)').focus();
  await page.keyboard.type('After the reminder change', { delay: 0 });
  await page.reload();

  await selectNode(page, 'Learners keep their streaks');
  const again = inspector(page).locator('[data-kr-card]').first();
  await expect(again.getByLabel('New check-in value')).toHaveValue('24');
  await expect(again.getByLabel('Note (optional)')).toHaveValue('After the reminder change');
  await again.getByLabel('New check-in value').focus();
  await page.keyboard.press('Enter');
  await expect(again.getByLabel('New check-in value')).toHaveValue('');
  // Recorded, the draft is gone.
  await page.reload();
  await selectNode(page, 'Learners keep their streaks');
  await expect(inspector(page).locator('[data-kr-card]').first().getByLabel('New check-in value')).toHaveValue('');
  await expect(inspector(page).locator('[data-kr-card]').first().getByLabel('Note (optional)')).toHaveValue('');
});

test('a tree pasted into the paste dialog and not yet imported survives a reload', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('button', { name: 'Paste JSON…' }).click();
  await page.getByTestId('paste-json').focus();
  await page.keyboard.type('{"format": "ost-tree"', { delay: 0 });
  await page.reload();
  await expect(page.getByTestId('paste-json')).toHaveValue('{"format": "ost-tree"');
});

test('a pasted tree that is refused is kept to fix; once imported it is forgotten', async ({ page }) => {
  await openLibrary(page);
  const broken = evidenceCase.replace('"format":"ost-tree"', '"format":"ost-tre"');
  await page.getByRole('button', { name: 'Paste JSON…' }).click();
  await page.getByTestId('paste-json').fill(broken);
  await page.getByTestId('paste-import').click();
  await expect(page.getByTestId('import-error')).toBeVisible();

  await page.getByRole('button', { name: 'Paste JSON…' }).click();
  await expect(page.getByTestId('paste-json')).toHaveValue(broken);
  await page.getByTestId('paste-json').fill(evidenceCase);
  await page.getByTestId('paste-import').click();
  await expect(page).toHaveURL(/#\/tree\//);

  await page.getByTestId('home').click();
  await page.getByRole('button', { name: 'Paste JSON…' }).click();
  await expect(page.getByTestId('paste-json')).toHaveValue('');
});
