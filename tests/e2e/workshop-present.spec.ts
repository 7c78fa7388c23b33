// Present mode: the whole screen for the tree, told in steps, and nothing a presenter presses
// changes what is stored.
import { expect, test } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, EXAMPLE_OUTCOME, canvasNodes, nodeByTitle, openExampleTree, selectNode, waitForSaved } from './helpers';
import { dimmedSplit, keepScreenshot, settle, storedTree } from './workshop-steps';

test('present mode changes nothing stored, whatever keys are pressed, clicked or dragged', async ({ page }) => {
  test.slow();
  const treeId = await openExampleTree(page);
  await selectNode(page, EXAMPLE_OUTCOME);
  await waitForSaved(page);
  const before = await storedTree(page, treeId);

  await page.getByTestId('present').click();
  await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
  for (const id of ['app-header', 'side-panel']) await expect(page.locator(`.${id}, [data-testid="${id}"]`)).toBeHidden();
  await expect(page.locator('.react-flow__controls')).toBeHidden();
  await expect(page.locator('.tree-minimap')).toBeHidden();
  await expect(page.locator('.react-flow__attribution')).toBeVisible();

  // Everything an editor would do with a selected node, and some typing.
  const keys = ['Delete', 'Backspace', 'Tab', 'Enter', 'F2', 'Alt+KeyO', 'Alt+KeyS', 'Alt+ArrowDown', 'Alt+ArrowRight', 'Control+KeyZ', 'Control+Shift+KeyZ', 'Alt+KeyA', 'Alt+KeyT', 'Alt+KeyB', 'Alt+KeyL', '?', 'x', 'Shift+Digit1'];
  for (const key of keys) await page.keyboard.press(key);
  await page.keyboard.type('typed into nothing');
  // Typing a space stepped on; whichever nodes are in view, a double click edits none.
  await canvasNodes(page).first().locator('[data-node-title]').dblclick();
  await expect(page.locator('.react-flow__node textarea, .react-flow__node input')).toHaveCount(0);
  await expect(page.locator('.node-toolbar')).toHaveCount(0);
  // A drag of one node onto another would move it in the editor.
  const source = canvasNodes(page).nth(3);
  const target = canvasNodes(page).nth(1);
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();

  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting');
  await expect(page.getByTestId('present')).toBeVisible();
  // Let a save that should not happen have its chance.
  await page.waitForTimeout(800);
  expect(await storedTree(page, treeId)).toEqual(before);
  await expect(canvasNodes(page).first()).toBeVisible();
});

test('PageDown and PageUp step through the story and put the right nodes in focus', async ({ page }, testInfo) => {
  // Nine steps, each waiting for its fit animation and a screenshot: a long walk on a busy machine.
  test.slow();
  await openExampleTree(page);
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Alt+KeyP');
  const step = page.getByTestId('present-step');
  await expect(step).toHaveAttribute('data-step', 'tree');
  await settle(page);
  expect((await dimmedSplit(page)).dimmed).toEqual([]);
  await expect(canvasNodes(page)).toHaveCount(EXAMPLE_NODE_COUNT);
  await keepScreenshot(page, testInfo, 'present-1-whole-tree');

  await page.keyboard.press('PageDown');
  await expect(step).toHaveAttribute('data-step', 'outcome');
  await settle(page);
  const outcomeId = await nodeByTitle(page, EXAMPLE_OUTCOME).getAttribute('data-id');
  expect((await dimmedSplit(page)).lit).toEqual([outcomeId]);
  await keepScreenshot(page, testInfo, 'present-2-outcome');

  await page.keyboard.press('PageDown');
  await expect(step).toHaveAttribute('data-step', /^branch:/);
  await settle(page);
  const branchTitle = "I forget to practise until it's too late in the day";
  await expect(step).toContainText(branchTitle);
  const branch = await dimmedSplit(page);
  expect(branch.lit).toContain(await nodeByTitle(page, branchTitle).getAttribute('data-id'));
  expect(branch.lit).toContain(await nodeByTitle(page, 'Evenings are busy with family').getAttribute('data-id'));
  expect(branch.lit).not.toContain(outcomeId);
  await keepScreenshot(page, testInfo, 'present-3-branch');

  // To the end: the target opportunity with its solutions, then the experiments.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  await expect(step).toHaveAttribute('data-step', 'target');
  await settle(page);
  const target = await dimmedSplit(page);
  const litKinds = await page.locator('.react-flow__node [data-kind]:not([data-dimmed])').evaluateAll((kinds) => kinds.map((kind) => kind.getAttribute('data-kind')));
  expect(litKinds.filter((kind) => kind === 'opportunity')).toHaveLength(1);
  expect(litKinds.filter((kind) => kind === 'solution')).toHaveLength(4);
  expect(target.lit).toHaveLength(5);
  await keepScreenshot(page, testInfo, 'present-7-target');

  // Each tested solution's experiments, with their success criteria and results beside them.
  await page.keyboard.press('Space');
  await expect(step).toHaveAttribute('data-step', `experiments:${await nodeByTitle(page, 'Remind me at the time I usually practise').getAttribute('data-id')}`);
  await settle(page);
  const experimentKinds = await page.locator('.react-flow__node [data-kind]:not([data-dimmed])').evaluateAll((kinds) => kinds.map((kind) => kind.getAttribute('data-kind')));
  expect(experimentKinds).toEqual(['experiment', 'experiment', 'experiment']);
  const details = page.getByTestId('present-details');
  await expect(details).toContainText('Success criterion');
  await expect(details).toContainText('At least 15% of learners who see the option turn it on within a week.');
  await keepScreenshot(page, testInfo, 'present-8-experiments');
  await page.keyboard.press('ArrowRight');
  await expect(step).toContainText('9 / 9');
  await settle(page);
  expect((await dimmedSplit(page)).lit).toEqual([await nodeByTitle(page, 'Prototype: digest notification with 5 learners').getAttribute('data-id')]);

  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(step).toHaveAttribute('data-step', 'target');
  await page.keyboard.press('ArrowLeft');
  await expect(step).toContainText('6 /');
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveAttribute('data-presenting');
  expect((await dimmedSplit(page)).dimmed).toEqual([]);
});
