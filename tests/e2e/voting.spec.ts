import { expect, test, type Locator, type Page } from '@playwright/test';
import { exportFromMenu, importTree, nodeByTitle, openTreeId, selectNode, treeFile, waitForSaved } from './helpers';

const OPPORTUNITY = 'Reminders get lost among other notifications';
const SMART = 'Remind me at my usual time';
const WIDGET = 'Streak widget on the lock screen';
const DIGEST = 'One evening digest';

const file = treeFile('Voting', {
  kind: 'outcome',
  title: 'More learners keep a 7-day streak',
  children: [
    {
      kind: 'opportunity',
      title: OPPORTUNITY,
      children: [
        { kind: 'solution', title: SMART },
        { kind: 'solution', title: WIDGET },
        { kind: 'solution', title: DIGEST },
      ],
    },
  ],
});

/** The `[data-kind]` element of a node, which carries `data-votes`. */
function card(page: Page, title: string): Locator {
  return nodeByTitle(page, title).locator('[data-kind]');
}

async function vote(page: Page, title: string): Promise<void> {
  await nodeByTitle(page, title).locator('.ost-node-title').click();
}

async function startRound(page: Page, voters = 3): Promise<void> {
  await selectNode(page, OPPORTUNITY);
  await page.getByTestId('vote-start').click();
  await page.getByTestId('vote-voters').fill(String(voters));
  await expect(page.getByTestId('vote-dots')).toHaveValue('3');
  await page.getByTestId('vote-start-confirm').click();
  await expect(page.getByTestId('vote-voter')).toHaveText('Voter 1 of ' + voters);
}

async function expectTotals(page: Page, totals: Record<string, string | null>): Promise<void> {
  for (const [title, votes] of Object.entries(totals)) {
    if (votes === null) await expect(card(page, title)).not.toHaveAttribute('data-votes');
    else await expect(card(page, title), title).toHaveAttribute('data-votes', votes);
  }
}

/** Three voters, by click, Shift+click and keyboard: smart 3, widget 2, digest 2 once revealed. */
async function runThreeVoterRound(page: Page): Promise<void> {
  await startRound(page);
  // Voter 1: two dots on one solution, one on another.
  await vote(page, SMART);
  await vote(page, SMART);
  await vote(page, WIDGET);
  await expect(card(page, SMART).locator('.node-votes')).toHaveAttribute('data-own-dots', '2');
  await expect(page.getByTestId('vote-dots-left')).toHaveAttribute('data-left', '0');
  await page.getByTestId('vote-next').click();

  // Voter 2 sees none of voter 1's dots.
  await expect(page.getByTestId('vote-voter')).toHaveText('Voter 2 of 3');
  await expect(card(page, SMART).locator('.node-votes')).toHaveAttribute('data-own-dots', '0');
  await vote(page, WIDGET);
  await vote(page, DIGEST);
  await vote(page, DIGEST);
  // Takes one back with Shift+click and puts it elsewhere: the click neither selects nor edits.
  await nodeByTitle(page, DIGEST).locator('.ost-node-title').click({ modifiers: ['Shift'] });
  await expect(card(page, DIGEST).locator('.node-votes')).toHaveAttribute('data-own-dots', '1');
  await vote(page, WIDGET);
  await expect(card(page, WIDGET)).not.toHaveAttribute('data-selected');
  await expect(page.locator('.react-flow__node textarea')).toHaveCount(0);
  await page.getByTestId('vote-next').click();

  // Voter 3 by keyboard: ↓ selects the first solution, Alt+. puts a dot, Alt+, takes it back.
  await expect(page.getByTestId('vote-voter')).toHaveText('Voter 3 of 3');
  await page.keyboard.press('ArrowDown');
  await expect(card(page, SMART)).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Alt+Period');
  await page.keyboard.press('Alt+Period');
  await page.keyboard.press('Alt+Comma');
  await expect(card(page, SMART).locator('.node-votes')).toHaveAttribute('data-own-dots', '1');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(card(page, DIGEST)).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Alt+Period');
  await expect(page.getByTestId('vote-dots-left')).toHaveAttribute('data-left', '1');

  // Until the reveal no candidate shows a count.
  await expectTotals(page, { [SMART]: null, [WIDGET]: null, [DIGEST]: null });
  await page.getByTestId('vote-reveal').click();
  await expectTotals(page, { [SMART]: '3', [WIDGET]: '3', [DIGEST]: '2' });
}

test('three voters place, take back and reveal their dots; the totals survive a reload', async ({ page }) => {
  test.slow(); // Three voters' worth of clicks and a reload.
  await importTree(page, file);
  await runThreeVoterRound(page);
  await expect(page.getByTestId('vote-results')).toContainText('8 dots from 3 voters');
  // The outline says the same, in words.
  await page.getByTestId('outline-toggle').click();
  const outlineItem = (title: string) =>
    page.getByTestId('outline').getByRole('treeitem').filter({ has: page.locator('[data-node-title]', { hasText: title }) });
  await expect(outlineItem(SMART)).toContainText('3 votes');
  await expect(outlineItem(DIGEST)).toContainText('2 votes');
  await page.getByTestId('outline-toggle').click();

  await waitForSaved(page);
  await page.reload();
  await expectTotals(page, { [SMART]: '3', [WIDGET]: '3', [DIGEST]: '2', [OPPORTUNITY]: null });
});

test('a revealed round and an open one travel through a JSON export and import', async ({ page }) => {
  test.slow(); // A whole round, two exports and two imports.
  await importTree(page, file);
  await runThreeVoterRound(page);
  const { bytes } = await exportFromMenu(page, 'export-json');
  const exported = JSON.parse(bytes.toString('utf8')) as { version: number; tree: { voteRounds?: { revealed: boolean; dots: string[][] }[] } };
  expect(exported.version).toBe(2);
  expect(exported.tree.voteRounds).toHaveLength(1);
  expect(exported.tree.voteRounds?.[0]?.dots.map((dots) => dots.length)).toEqual([3, 3, 2]);

  const firstTree = openTreeId(page);
  const importedTree = await importTree(page, bytes.toString('utf8'), 'voting.ost.json');
  expect(importedTree).not.toBe(firstTree);
  await expectTotals(page, { [SMART]: '3', [WIDGET]: '3', [DIGEST]: '2' });

  // An open round comes back open, its dots still hidden, with the same voter's turn.
  await startRound(page, 2);
  await vote(page, DIGEST);
  await page.getByTestId('vote-next').click();
  const again = await exportFromMenu(page, 'export-json');
  await importTree(page, again.bytes.toString('utf8'), 'open-round.ost.json');
  await expect(page.getByTestId('vote-voter')).toHaveText('Voter 2 of 2');
  await expectTotals(page, { [SMART]: null, [WIDGET]: null, [DIGEST]: null });
  await page.getByTestId('vote-reveal').click();
  await expectTotals(page, { [SMART]: null, [WIDGET]: null, [DIGEST]: '1' });
});

test('the whole round undoes, back to before it started', async ({ page }) => {
  await importTree(page, file);
  await startRound(page, 2);
  await vote(page, SMART);
  await page.getByTestId('vote-next').click();
  await vote(page, WIDGET);
  await page.getByTestId('vote-reveal').click();
  await expectTotals(page, { [SMART]: '1', [WIDGET]: '1' });

  await page.getByTestId('undo').click();
  await expectTotals(page, { [SMART]: null, [WIDGET]: null });
  await expect(page.getByTestId('vote-voter')).toHaveText('Voter 2 of 2');
  for (let step = 0; step < 4; step++) await page.getByTestId('undo').click();
  await expect(page.getByTestId('vote-bar')).toHaveCount(0);
  await expect(page.getByTestId('vote-start')).toBeEnabled();
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('a round can be cleared, and a cleared round leaves no count behind', async ({ page }) => {
  await importTree(page, file);
  await startRound(page, 1);
  await vote(page, DIGEST);
  await page.getByTestId('vote-reveal').click();
  await expectTotals(page, { [DIGEST]: '1' });
  await page.getByTestId('vote-clear').click();
  await expectTotals(page, { [DIGEST]: null });
  await expect(page.getByTestId('vote-results')).toHaveCount(0);
  // While the round was open, a click on a candidate never started a drag or an edit; now it selects again.
  await selectNode(page, DIGEST);
});
