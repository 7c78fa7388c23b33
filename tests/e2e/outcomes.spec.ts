// Outcomes that prove value: key results and check-ins in the inspector, progress on the outcome
// node and in its chart, the file format version 2 round trip, version 1 files, and the rules.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import {
  createTree,
  download,
  openExportMenu,
  pngSize,
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
  test.setTimeout(180_000);
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

function findingsPanel(page: Page): Locator {
  return page.getByTestId('findings');
}

function finding(page: Page, rule: string): Locator {
  return findingsPanel(page).locator(`[data-rule="${rule}"]`);
}

async function runFixOf(page: Page, rule: string): Promise<void> {
  await finding(page, rule).first().locator('button.finding-fix').click();
}

function dayFromToday(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** A version 2 file whose outcome breaks five of the outcome rules at once. */
function outcomeRulesFile(): string {
  const now = new Date(Date.now() - 40 * 86_400_000).toISOString();
  return JSON.stringify({
    format: 'ost-tree',
    version: 2,
    exportedAt: now,
    tree: {
      id: 'rules',
      title: 'Ticketing',
      createdAt: now,
      updatedAt: now,
      nodes: [
        {
          id: 'o',
          kind: 'outcome',
          parentId: null,
          title: 'Users buy more tickets',
          status: 'active',
          keyResults: [{ id: 'kr', name: 'App downloads', baseline: 100, target: 1000, deadline: dayFromToday(30), checkIns: [{ date: dayFromToday(-30), value: 100 }] }],
        },
        { id: 'p', kind: 'opportunity', parentId: 'o', title: 'I never know which seats are good', target: true, evidenceIds: ['s'] },
      ],
      evidence: [{ id: 's', kind: 'survey', firstHand: false, summary: 'Survey: 40 % unsure about seats' }],
    },
  });
}

test('each outcome rule fires on a fixture tree and clears after its fix', async ({ page }) => {
  test.setTimeout(180_000);
  await importTree(page, outcomeRulesFile(), 'rules.ost.json');
  for (const rule of ['outcome-reads-like-business-goal', 'metric-reads-like-vanity', 'target-unrealistic', 'check-in-overdue', 'outcome-needs-evidenced-problem']) {
    await expect(finding(page, rule), rule).toHaveCount(1);
  }

  await runFixOf(page, 'outcome-reads-like-business-goal');
  const title = inspector(page).getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await title.fill('Fans find a seat they like in under a minute');
  await page.keyboard.press('Enter');
  await expect(finding(page, 'outcome-reads-like-business-goal')).toHaveCount(0);

  await runFixOf(page, 'metric-reads-like-vanity');
  const name = keyResultCards(page).first().getByLabel('What changes (behaviour)');
  await expect(name).toBeFocused();
  await name.fill('Fans who pick a seat within a minute');
  await page.keyboard.press('Tab');
  await expect(finding(page, 'metric-reads-like-vanity')).toHaveCount(0);

  await runFixOf(page, 'target-unrealistic');
  const target = keyResultCards(page).first().getByLabel('Target', { exact: true });
  await expect(target).toBeFocused();
  await target.fill('150');
  await page.keyboard.press('Tab');
  await expect(finding(page, 'target-unrealistic')).toHaveCount(0);

  await runFixOf(page, 'check-in-overdue');
  await expect(keyResultCards(page).first().getByLabel('New check-in value')).toBeFocused();
  await page.keyboard.type('112');
  await page.keyboard.press('Enter');
  await expect(finding(page, 'check-in-overdue')).toHaveCount(0);

  await runFixOf(page, 'outcome-needs-evidenced-problem');
  const picker = inspector(page).getByTestId('evidence-picker');
  const form = picker.getByRole('form', { name: 'New evidence' });
  // With nothing first-hand in the library to link, the fix opens the form for new evidence itself.
  if (!(await form.isVisible())) await picker.getByRole('button', { name: 'New evidence…' }).click();
  await form.getByLabel('Kind').selectOption('interview');
  await form.getByLabel('Summary (required)').fill('Ana gave up choosing seats after ten minutes');
  await form.getByRole('button', { name: 'Add and link' }).click();
  await expect(finding(page, 'outcome-needs-evidenced-problem')).toHaveCount(0);

  // The review shows the key result, now checked in today and not due.
  await nodesOfKind(page, 'outcome').click();
  await inspector(page).getByTestId('outcome-review-open').click();
  const review = page.getByTestId('outcome-review');
  await expect(review.locator('[data-review-kr="kr"]')).toContainText('Not due');
  await expect(review.locator('[data-review-kr="kr"] [data-progress]')).toHaveAttribute('data-progress', '24');
  await page.screenshot({ path: `${SCREENS}/outcome-review.png` });
});

test('a solution built on after its latest experiment failed is flagged until its status changes', async ({ page }) => {
  const file = JSON.parse(treeFile('Failed test', {
    kind: 'outcome',
    title: 'Fans find a good seat quickly',
    children: [
      {
        kind: 'opportunity',
        title: 'I never know which seats are good',
        evidence: ['i'],
        children: [{ kind: 'solution', title: 'Seat previews in 3D', status: 'building', children: [{ kind: 'experiment', title: 'Prototype with 5 fans', status: 'failed' }] }],
      },
    ],
  }, [{ key: 'i', kind: 'interview', firstHand: true, summary: 'Ana picks seats by price only' }]));
  await importTree(page, JSON.stringify(file), 'failed.ost.json');
  await expect(finding(page, 'solution-ignores-failed-experiment')).toHaveCount(1);
  await runFixOf(page, 'solution-ignores-failed-experiment');
  const status = inspector(page).getByLabel('Status', { exact: true });
  await expect(status).toBeFocused();
  await status.selectOption('testing');
  await expect(finding(page, 'solution-ignores-failed-experiment')).toHaveCount(0);
});

test('the stakeholder one-pager downloads as Markdown and as a picture', async ({ page }) => {
  await openLibrary(page);
  await page.locator('[data-testid="tree-list"] [data-tree-id]').first().getByTestId('open-tree').click();
  await expect(nodesOfKind(page, 'outcome')).toBeVisible();
  const markdown = await download(page, async () => {
    await openExportMenu(page);
    await page.getByTestId('export-one-pager-markdown').click();
  });
  const text = markdown.bytes.toString('utf8');
  expect(text.indexOf('## Why')).toBeLessThan(text.indexOf('## Proof'));
  expect(text).toContain('Learners who complete a 7-day practice streak');
  const picture = await download(page, async () => {
    await openExportMenu(page);
    await page.getByTestId('export-one-pager-png').click();
  });
  expect(pngSize(picture.bytes).width).toBe(2000);
  await writeFile(`${SCREENS}/one-pager.png`, picture.bytes);
  await nodesOfKind(page, 'outcome').screenshot({ path: `${SCREENS}/example-outcome-node.png` });

  // The outline names each key result's progress too.
  await page.getByTestId('outline-toggle').click();
  const outcomeItem = page.getByTestId('outline').getByRole('treeitem').first();
  await expect(outcomeItem).toContainText('key results: Learners who complete a 7-day practice streak 27 %, Minutes from opening the app to starting a lesson 45 %');
});
