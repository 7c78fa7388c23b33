// Outcomes that prove value: key results and check-ins in the inspector, progress on the outcome
// node and in its chart, the file format version 2 round trip, version 1 files, and the rules.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  chooseImportFile,
  createTree,
  exportFromMenu,
  importTree,
  nodesOfKind,
  openLibrary,
  treeFile,
  typeTitle,
  waitForSaved,
} from './helpers';

const SCREENS = 'reports/screens';

function inspector(page: Page): Locator {
  return page.getByTestId('inspector');
}

function keyResultCards(page: Page): Locator {
  return inspector(page).locator('[data-kr-card]');
}

function outcomeNode(page: Page): Locator {
  return nodesOfKind(page, 'outcome');
}

/** Adds a key result with the keyboard: Enter on "Add key result", then type and Tab through the fields. */
async function addKeyResultByKeyboard(page: Page, fields: { name: string; baseline: string; target: string; unit: string; decrease?: boolean; deadline: string }): Promise<Locator> {
  const before = await keyResultCards(page).count();
  await inspector(page).getByTestId('add-key-result').focus();
  await page.keyboard.press('Enter');
  const card = keyResultCards(page).nth(before);
  await expect(card.getByLabel('What changes (behaviour)')).toBeFocused();
  await page.keyboard.type(fields.name);
  await page.keyboard.press('Tab');
  await expect(card.getByLabel('Baseline', { exact: true })).toBeFocused();
  await page.keyboard.type(fields.baseline);
  await page.keyboard.press('Tab');
  await page.keyboard.type(fields.target);
  await page.keyboard.press('Tab');
  await page.keyboard.type(fields.unit);
  await page.keyboard.press('Tab');
  await expect(card.getByLabel('Direction', { exact: true })).toBeFocused();
  if (fields.decrease) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(card.getByLabel('Deadline', { exact: true })).toBeFocused();
  await card.getByLabel('Deadline', { exact: true }).fill(fields.deadline);
  return card;
}

/** Records a check-in by keyboard: date, then the value and Enter. */
async function checkIn(card: Locator, date: string, value: string): Promise<void> {
  const page = card.page();
  await card.getByLabel('Date', { exact: true }).first().fill(date);
  await card.getByLabel('New check-in value').focus();
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
  await expect(card.getByLabel('New check-in value')).toHaveValue('');
}

async function keyResultBars(page: Page): Promise<Array<{ id: string; progress: string }>> {
  return outcomeNode(page)
    .locator('[data-kr-id]')
    .evaluateAll((bars) => bars.map((bar) => ({ id: bar.getAttribute('data-kr-id') ?? '', progress: bar.getAttribute('data-progress') ?? '' })));
}

test('key results and check-ins by keyboard show progress on the node and in the chart, survive a reload and a v2 export and import', async ({ page }) => {
  await openLibrary(page);
  await createTree(page);
  await typeTitle(page, 'More learners finish a 7-day streak');
  await page.keyboard.press('Enter');

  const streaks = await addKeyResultByKeyboard(page, { name: 'Learners who finish a 7-day streak', baseline: '20', target: '30', unit: '%', deadline: '2027-06-30' });
  await checkIn(streaks, '2026-11-02', '21');
  await checkIn(streaks, '2026-11-16', '23');
  await checkIn(streaks, '2026-11-23', '25');
  const minutes = await addKeyResultByKeyboard(page, { name: 'Minutes to a first lesson', baseline: '12', target: '8', unit: 'min', decrease: true, deadline: '2027-03-31' });
  await checkIn(minutes, '2026-11-20', '11');

  // Progress on the node: 20 → 30 at 25 is half way; 12 → 8 minutes at 11 is a quarter of the way.
  await expect.poll(() => keyResultBars(page)).toEqual([
    { id: expect.any(String), progress: '50' },
    { id: expect.any(String), progress: '25' },
  ]);
  await expect(streaks.getByTestId('kr-progress')).toHaveText('50 % of the way · now 25% (2026-11-23)');
  const chart = streaks.getByTestId('kr-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('.kr-chart-dot')).toHaveCount(3);
  await expect(chart.locator('.kr-chart-pace')).toHaveCount(1);
  await outcomeNode(page).screenshot({ path: `${SCREENS}/outcome-node.png` });
  await streaks.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/inspector-chart.png` });

  await waitForSaved(page);
  const barsBefore = await keyResultBars(page);
  await page.reload();
  await expect.poll(() => keyResultBars(page)).toEqual(barsBefore);

  const { bytes } = await exportFromMenu(page, 'export-json');
  const file = JSON.parse(bytes.toString('utf8')) as { version: number; tree: { nodes: Array<Record<string, unknown>> } };
  expect(file.version).toBe(2);
  const exportedOutcome = file.tree.nodes[0]!;
  expect(exportedOutcome).not.toHaveProperty('metric');
  expect(exportedOutcome.keyResults).toEqual([
    {
      id: barsBefore[0]!.id,
      name: 'Learners who finish a 7-day streak',
      baseline: 20,
      target: 30,
      unit: '%',
      deadline: '2027-06-30',
      checkIns: [
        { date: '2026-11-02', value: 21 },
        { date: '2026-11-16', value: 23 },
        { date: '2026-11-23', value: 25 },
      ],
    },
    {
      id: barsBefore[1]!.id,
      name: 'Minutes to a first lesson',
      baseline: 12,
      target: 8,
      unit: 'min',
      direction: 'decrease',
      deadline: '2027-03-31',
      checkIns: [{ date: '2026-11-20', value: 11 }],
    },
  ]);

  await importTree(page, bytes.toString('utf8'), 'streaks.ost.json');
  await expect.poll(() => keyResultBars(page)).toEqual(barsBefore);
  const { bytes: again } = await exportFromMenu(page, 'export-json');
  const reimported = JSON.parse(again.toString('utf8')) as typeof file;
  expect(reimported.tree.nodes).toEqual(file.tree.nodes);
});

test('a version 1 file opens with its metric as a key result', async ({ page }) => {
  const v1 = JSON.parse(treeFile('Old tree', { kind: 'outcome', title: 'Teams come back every week' })) as { tree: { nodes: Array<Record<string, unknown>> } };
  v1.tree.nodes[0]!.metric = { name: 'Weekly active teams', baseline: 100, target: 150, unit: 'teams', deadline: '2027-01-31' };
  await importTree(page, JSON.stringify(v1), 'old.ost.json');
  await expect(outcomeNode(page).locator('[data-kr-id]')).toHaveCount(1);
  await expect(outcomeNode(page).locator('[data-kr-id]')).toHaveAttribute('data-progress', '0');
  await outcomeNode(page).click();
  const card = keyResultCards(page).first();
  await expect(card.getByLabel('What changes (behaviour)')).toHaveValue('Weekly active teams');
  await expect(card.getByLabel('Baseline', { exact: true })).toHaveValue('100');
  await expect(card.getByLabel('Target', { exact: true })).toHaveValue('150');
  await expect(card.getByLabel('Deadline', { exact: true })).toHaveValue('2027-01-31');
});

export { chooseImportFile };
