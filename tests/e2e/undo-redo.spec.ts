import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, edgeBetween, editingField, importTree, leftToRight, nodeByTitle, nodeId, selectNode, treeFile, typeTitle } from './helpers';

const OUTCOME = 'Cut onboarding time in half';
const ACCOUNTS = 'New hires wait days for their accounts';
const SELF_SERVICE = 'Self-service account setup';
const WHO_TO_ASK = 'Nobody knows who to ask';
const DOCS = 'Docs are scattered';

const FILE = treeFile('Onboarding', {
  kind: 'outcome',
  title: OUTCOME,
  children: [
    { kind: 'opportunity', title: ACCOUNTS, children: [{ kind: 'solution', title: SELF_SERVICE }] },
    { kind: 'opportunity', title: WHO_TO_ASK },
    { kind: 'opportunity', title: DOCS },
  ],
});

async function openOnboardingTree(page: Page): Promise<void> {
  await importTree(page, FILE);
  await expect(canvasNodes(page)).toHaveCount(5);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect(page.getByTestId('redo')).toBeDisabled();
}

test.beforeEach(async ({ page }) => {
  await openOnboardingTree(page);
});

test('undoes and redoes adding a node, by keyboard and by the header buttons', async ({ page }) => {
  await selectNode(page, WHO_TO_ASK);
  await page.keyboard.press('Tab');
  await typeTitle(page, 'Team chat is too noisy');
  await page.keyboard.press('Enter');
  await expect(canvasNodes(page)).toHaveCount(6);

  // The title typed into the new node is its own step; the add is the step before it.
  await page.keyboard.press('Control+KeyZ');
  await expect(nodeByTitle(page, 'Team chat is too noisy')).toHaveCount(0);
  await expect(canvasNodes(page)).toHaveCount(6);
  await page.keyboard.press('Control+KeyZ');
  await expect(canvasNodes(page)).toHaveCount(5);

  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(canvasNodes(page)).toHaveCount(6);
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(nodeByTitle(page, 'Team chat is too noisy')).toHaveCount(1);

  await page.getByTestId('undo').click();
  await page.getByTestId('undo').click();
  await expect(canvasNodes(page)).toHaveCount(5);
  await page.getByTestId('redo').click();
  await page.getByTestId('redo').click();
  await expect(nodeByTitle(page, 'Team chat is too noisy')).toHaveCount(1);
  await expect(page.getByTestId('redo')).toBeDisabled();
});

test('a whole title edit session is one undo step', async ({ page }) => {
  await selectNode(page, DOCS);
  await page.keyboard.press('F2');
  await expect(editingField(page)).toHaveValue(DOCS);
  await typeTitle(page, ' across five tools');
  await page.keyboard.press('Enter');
  const edited = `${DOCS} across five tools`;
  await expect(nodeByTitle(page, edited)).toHaveCount(1);

  // One Ctrl+Z takes back every keystroke of the session.
  await page.keyboard.press('Control+KeyZ');
  await expect(nodeByTitle(page, DOCS)).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(nodeByTitle(page, edited)).toHaveCount(1);

  await page.getByTestId('undo').click();
  await expect(nodeByTitle(page, DOCS)).toHaveCount(1);
  await page.getByTestId('redo').click();
  await expect(nodeByTitle(page, edited)).toHaveCount(1);
});

test('undoes and redoes moves made with Alt+arrows', async ({ page }) => {
  const siblings = [ACCOUNTS, WHO_TO_ASK, DOCS];
  await expect.poll(() => leftToRight(page, siblings)).toEqual([ACCOUNTS, WHO_TO_ASK, DOCS]);

  await selectNode(page, DOCS);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect.poll(() => leftToRight(page, siblings)).toEqual([ACCOUNTS, DOCS, WHO_TO_ASK]);
  await page.keyboard.press('Control+KeyZ');
  await expect.poll(() => leftToRight(page, siblings)).toEqual([ACCOUNTS, WHO_TO_ASK, DOCS]);
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect.poll(() => leftToRight(page, siblings)).toEqual([ACCOUNTS, DOCS, WHO_TO_ASK]);

  // Alt+↓ moves a node into the sibling before it.
  const outcomeId = await nodeId(nodeByTitle(page, OUTCOME));
  const accountsId = await nodeId(nodeByTitle(page, ACCOUNTS));
  const docsId = await nodeId(nodeByTitle(page, DOCS));
  await page.keyboard.press('Alt+ArrowDown');
  await expect(edgeBetween(page, accountsId, docsId)).toHaveCount(1);
  await expect(edgeBetween(page, outcomeId, docsId)).toHaveCount(0);
  await page.getByTestId('undo').click();
  await expect(edgeBetween(page, outcomeId, docsId)).toHaveCount(1);
  await expect(edgeBetween(page, accountsId, docsId)).toHaveCount(0);
  await page.getByTestId('redo').click();
  await expect(edgeBetween(page, accountsId, docsId)).toHaveCount(1);
});

test('undoes and redoes deleting a subtree', async ({ page }) => {
  await selectNode(page, ACCOUNTS);
  await page.keyboard.press('Delete');
  await expect(canvasNodes(page)).toHaveCount(3);
  await expect(nodeByTitle(page, SELF_SERVICE)).toHaveCount(0);

  await page.keyboard.press('Control+KeyZ');
  await expect(canvasNodes(page)).toHaveCount(5);
  const accountsId = await nodeId(nodeByTitle(page, ACCOUNTS));
  const selfServiceId = await nodeId(nodeByTitle(page, SELF_SERVICE));
  await expect(edgeBetween(page, accountsId, selfServiceId)).toHaveCount(1);
  await page.keyboard.press('Control+Shift+KeyZ');
  await expect(canvasNodes(page)).toHaveCount(3);

  await page.getByTestId('undo').click();
  await expect(canvasNodes(page)).toHaveCount(5);
  await expect(nodeByTitle(page, SELF_SERVICE)).toHaveCount(1);
  await page.getByTestId('redo').click();
  await expect(canvasNodes(page)).toHaveCount(3);
  await expect(nodeByTitle(page, ACCOUNTS)).toHaveCount(0);
});
