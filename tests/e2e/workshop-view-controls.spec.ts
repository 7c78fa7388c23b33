// Workshop view controls: layouts (remembered with the tree), focus on a branch, the first levels
// only, title text size, the side panel, and a header that keeps every control at 150 % zoom.
import { expect, test } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, EXAMPLE_OUTCOME, canvasNodes, edgeBetween, fitWholeTree, nodeByTitle, nodeId, openExampleTree, selectNode } from './helpers';
import { dimmedSplit, keepScreenshot, settle } from './workshop-steps';

const BRANCH = "I forget to practise until it's too late in the day";
const CHILD = 'Evenings are busy with family';
const OTHER_BRANCH = 'Lessons feel too long when I only have a few minutes';

async function box(page: import('@playwright/test').Page, title: string) {
  const found = await nodeByTitle(page, title).boundingBox();
  if (!found) throw new Error(`No box for ${title}`);
  return found;
}

test('layouts switch, edges follow them, and the choice is remembered after a reload', async ({ page }, testInfo) => {
  await openExampleTree(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  const layout = page.getByTestId('layout');
  await expect(layout).toHaveValue('tidy');
  let outcome = await box(page, EXAMPLE_OUTCOME);
  let branch = await box(page, BRANCH);
  expect(branch.y).toBeGreaterThan(outcome.y + outcome.height);
  await keepScreenshot(page, testInfo, 'layout-tidy');

  await layout.selectOption('left-right');
  await settle(page);
  outcome = await box(page, EXAMPLE_OUTCOME);
  branch = await box(page, BRANCH);
  expect(branch.x).toBeGreaterThan(outcome.x + outcome.width);
  // The edge leaves the outcome's right side and meets the child's left side.
  const edge = edgeBetween(page, await nodeId(nodeByTitle(page, EXAMPLE_OUTCOME)), await nodeId(nodeByTitle(page, BRANCH)));
  const edgeBox = (await edge.locator('path').first().boundingBox())!;
  expect(edgeBox.x).toBeGreaterThanOrEqual(outcome.x + outcome.width - 4);
  expect(edgeBox.x + edgeBox.width).toBeLessThanOrEqual(branch.x + 4);
  await keepScreenshot(page, testInfo, 'layout-left-right');

  await layout.selectOption('compact');
  await settle(page);
  // Switching keeps the selected outcome where it was; bring the whole compact tree into view.
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  // The target opportunity's first solution has three experiments without children: one column.
  const experiments = ['Fake door: “Remind me at my usual time” in settings', 'Back-test: predict the usual practice time', 'A/B test: usual-time reminder vs fixed 7 pm'];
  const column = await Promise.all(experiments.map((title) => box(page, title)));
  expect(Math.abs(column[0]!.x - column[1]!.x)).toBeLessThan(1);
  expect(Math.abs(column[1]!.x - column[2]!.x)).toBeLessThan(1);
  expect(column[1]!.y).toBeGreaterThan(column[0]!.y + column[0]!.height - 1);
  await keepScreenshot(page, testInfo, 'layout-compact');

  await page.reload();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  await expect(page.getByTestId('layout')).toHaveValue('compact');
});

test('focus on a branch dims everything but the branch, its ancestors and its subtree', async ({ page }) => {
  await openExampleTree(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  await selectNode(page, BRANCH);
  await page.getByTestId('focus-branch').click();
  await settle(page);
  const { dimmed, lit } = await dimmedSplit(page);
  const id = (title: string) => nodeId(nodeByTitle(page, title));
  expect(lit).toContain(await id(EXAMPLE_OUTCOME));
  expect(lit).toContain(await id(BRANCH));
  expect(lit).toContain(await id(CHILD));
  expect(lit).toContain(await id('Prototype: digest notification with 5 learners'));
  expect(dimmed).toContain(await id(OTHER_BRANCH));
  expect(dimmed).toContain(await id('Weekly progress report with the words I learned'));
  expect(lit.length + dimmed.length).toBe(EXAMPLE_NODE_COUNT);
  await expect(page.getByTestId('focus-branch')).toHaveAttribute('aria-pressed', 'true');
  // The same control (or Alt+B) shows the whole tree again.
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Alt+KeyB');
  await expect(page.getByTestId('focus-branch')).toHaveAttribute('aria-pressed', 'false');
  expect((await dimmedSplit(page)).dimmed).toEqual([]);
});

test('only the first levels show, and show all brings every node back', async ({ page }) => {
  await openExampleTree(page);
  await page.getByTestId('levels').selectOption('1');
  await expect(canvasNodes(page)).toHaveCount(1);
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME).locator('.hidden-count')).toHaveText(`+${EXAMPLE_NODE_COUNT - 1}`);
  // The badge names what brings them back: Space expands a collapsed node, not a level limit.
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME).locator('.hidden-count')).toHaveAttribute('title', /Show all \(Alt\+A\)/);
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME).locator('.hidden-count')).not.toHaveAttribute('title', /Space/);
  await page.getByTestId('levels').selectOption('2');
  await expect(canvasNodes(page)).toHaveCount(5);
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Alt+KeyL');
  await expect(page.getByTestId('levels')).toHaveValue('3');
  await expect(nodeByTitle(page, CHILD)).toBeVisible();
  await expect(nodeByTitle(page, 'Remind me at the time I usually practise')).toHaveCount(0);
  await page.getByTestId('show-all').click();
  await expect(page.getByTestId('levels')).toHaveValue('all');
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
});

test('the title text grows for the room and the size is remembered; the side panel hides with one key', async ({ page }, testInfo) => {
  await openExampleTree(page);
  const title = nodeByTitle(page, EXAMPLE_OUTCOME).locator('.ost-node-title');
  const size = async () => Number.parseFloat(await title.evaluate((element) => getComputedStyle(element).fontSize));
  expect(await size()).toBe(18);
  await page.getByTestId('text-size').selectOption('1.5');
  await expect.poll(size).toBe(27);
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Alt+Equal');
  await expect(page.getByTestId('text-size')).toHaveValue('1.75');
  await page.reload();
  await expect(page.getByTestId('text-size')).toHaveValue('1.75');
  await expect.poll(size).toBeCloseTo(31.5, 1);
  // The box grew with its text: the title is not cut through a line.
  const fits = await title.evaluate((element) => element.scrollHeight <= element.clientHeight + 1);
  expect(fits).toBe(true);
  await keepScreenshot(page, testInfo, 'text-size-175');

  await expect(page.getByTestId('side-panel')).toBeVisible();
  const canvasWidth = async () => (await page.getByTestId('canvas').boundingBox())!.width;
  const narrow = await canvasWidth();
  await page.keyboard.press('Alt+KeyI');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  expect(await canvasWidth()).toBeGreaterThan(narrow + 300);
  await page.getByTestId('panel-toggle').click();
  await expect(page.getByTestId('side-panel')).toBeVisible();
});

test('dark theme with the workshop controls', async ({ page }, testInfo) => {
  await openExampleTree(page);
  await page.getByRole('button', { name: /Switch to dark theme/ }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('layout').selectOption('compact');
  await settle(page);
  await keepScreenshot(page, testInfo, 'dark-compact');
  await page.getByTestId('present').click();
  await settle(page);
  await keepScreenshot(page, testInfo, 'dark-present');
  await page.keyboard.press('Escape');
});

test('at 1280×720 the header is two compact rows and the minimap has room to show', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExampleTree(page);
  const header = (await page.locator('.app-header').boundingBox())!;
  expect(header.height).toBeLessThanOrEqual(80);
  const home = (await page.getByTestId('home').boundingBox())!;
  const themeButton = (await page.getByRole('button', { name: /theme/ }).boundingBox())!;
  // The document's controls share the first row; the view controls are the slim row below it.
  expect(Math.abs(themeButton.y - home.y)).toBeLessThan(8);
  const layout = (await page.getByTestId('layout').boundingBox())!;
  expect(layout.y).toBeGreaterThan(home.y + home.height - 1);
  await expect(page.locator('.tree-minimap')).toBeVisible();
});

test.describe('at 150 % browser zoom (853×480 at 1.5×)', () => {
  test.use({ viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 });

  test('the header keeps every control visible and clickable', async ({ page }, testInfo) => {
    await openExampleTree(page);
    const controls = page.locator('.app-header').locator('button, select, input');
    const count = await controls.count();
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      await expect(control).toBeVisible();
      const rect = (await control.boundingBox())!;
      expect(rect.x).toBeGreaterThanOrEqual(0);
      expect(rect.x + rect.width).toBeLessThanOrEqual(853 + 0.5);
      // Nothing covers it: the point a click lands on belongs to the control.
      const hit = await control.evaluate((element) => {
        const r = element.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top !== null && (top === element || element.contains(top) || (element instanceof HTMLSelectElement && top === element));
      });
      expect(hit, await control.evaluate((element) => element.outerHTML.slice(0, 80))).toBe(true);
    }
    for (const id of ['export', 'present', 'layout', 'focus-branch', 'levels', 'text-size', 'panel-toggle', 'findings-toggle', 'home']) {
      await expect(page.getByTestId(id)).toBeVisible();
    }
    await expect(page.getByRole('button', { name: /theme/ })).toBeVisible();
    // The canvas keeps most of the screen: two compact header rows at most, and no minimap over
    // the nodes of so small a canvas.
    const header = (await page.locator('.app-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(80);
    await expect(page.locator('.tree-minimap')).toBeHidden();
    const canvas = (await page.getByTestId('canvas').boundingBox())!;
    expect(canvas.height).toBeGreaterThan(240);
    await keepScreenshot(page, testInfo, 'header-150');
    await page.getByTestId('present').click();
    await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
    await page.keyboard.press('Escape');
  });
});
