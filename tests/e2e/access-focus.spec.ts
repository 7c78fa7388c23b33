// Focus that makes sense for someone who does not use a mouse: canvas keys act only while the canvas
// has focus, every region is one key away (F6), menus and dialogs give focus back, and buttons inside
// the canvas do what they say on Enter and Space.
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, EXAMPLE_OUTCOME, canvasNodes, editingField, expectChildOf, fitWholeTree, nodeByTitle, openExampleTree, selectNode } from './helpers';

const OPPORTUNITY = 'Lessons feel too long when I only have a few minutes';

/** Where focus is, as a short description: the region it sits in and the element's test id or role. */
async function focusedRegion(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null);
}

async function expectNodeCount(page: Page, count: number): Promise<void> {
  await expect(canvasNodes(page)).toHaveCount(count);
}

test.beforeEach(async ({ page }) => {
  await openExampleTree(page);
});

test('opening a tree puts focus on the canvas', async ({ page }) => {
  await expect(page.getByTestId('canvas')).toBeFocused();
});

test('Tab from <body> adds nothing; nor does Tab after Esc closes the Export menu', async ({ page }) => {
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('body')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(editingField(page)).toHaveCount(0);
  await expectNodeCount(page, EXAMPLE_NODE_COUNT);

  await page.getByTestId('export').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('export-json')).toBeVisible();
  await page.getByTestId('export-json').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-json')).toHaveCount(0);
  await expect(page.getByTestId('export')).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(editingField(page)).toHaveCount(0);
  await expectNodeCount(page, EXAMPLE_NODE_COUNT);
});

test('after a click on a header button, canvas keys do not fire from it', async ({ page }) => {
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  await selectNode(page, OPPORTUNITY);
  await page.getByTestId('findings-toggle').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  await expect(editingField(page)).toHaveCount(0);
  await expectNodeCount(page, EXAMPLE_NODE_COUNT);
  await expect(nodeByTitle(page, OPPORTUNITY).locator('[data-kind]')).toHaveAttribute('data-selected', 'true');
});

test('F6 and Shift+F6 reach every region in turn', async ({ page }) => {
  const seen: (string | null)[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('F6');
    seen.push(await focusedRegion(page));
  }
  // From the canvas: the side panel, then round to the header, then back to the canvas.
  expect(seen).toEqual(['side-panel', 'header', 'canvas']);
  await page.keyboard.press('Shift+F6');
  expect(await focusedRegion(page)).toBe('header');
  await page.keyboard.press('Shift+F6');
  expect(await focusedRegion(page)).toBe('side-panel');
});

test('Alt+Enter goes from the selected node into its inspector, and Esc comes back to the node', async ({ page }) => {
  await selectNode(page, OPPORTUNITY);
  await page.keyboard.press('Alt+Enter');
  const title = page.getByTestId('inspector').getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' (short)');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('canvas')).toBeFocused();
  await expect(nodeByTitle(page, `${OPPORTUNITY} (short)`).locator('[data-kind]')).toHaveAttribute('data-selected', 'true');

  // Esc in a select comes back too, and the canvas keys work again at once.
  await page.keyboard.press('Alt+Enter');
  await page.getByTestId('inspector').getByLabel('Status').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('canvas')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME).locator('[data-kind]')).toHaveAttribute('data-selected', 'true');
});

test('Enter and Space on the node toolbar do what the button says', async ({ page }) => {
  const node = await selectNode(page, OPPORTUNITY);
  await node.getByTestId('add-solution').focus();
  await page.keyboard.press('Enter');
  await expect(editingField(page)).toBeFocused();
  await expect(page.locator('.react-flow__node:has(textarea) [data-kind]')).toHaveAttribute('data-kind', 'solution');
  await page.keyboard.type('Five-minute lessons');
  await page.keyboard.press('Escape');
  await expectChildOf(page, OPPORTUNITY, 'Five-minute lessons');

  const solution = await selectNode(page, 'Five-minute lessons');
  await solution.getByTestId('delete-node').focus();
  await page.keyboard.press('Space');
  await expect(nodeByTitle(page, 'Five-minute lessons')).toHaveCount(0);
  // No empty sibling took its place, and focus stays in the canvas for the next key.
  await expect(editingField(page)).toHaveCount(0);
  await expect(page.locator('.ost-node-title.is-empty')).toHaveCount(0);
  await expect(page.getByTestId('canvas')).toBeFocused();

  await selectNode(page, OPPORTUNITY);
  await page.getByTestId('delete-node').focus();
  await page.keyboard.press('Enter');
  await expect(nodeByTitle(page, OPPORTUNITY)).toHaveCount(0);
  await expect(editingField(page)).toHaveCount(0);
  await expect(page.locator('.ost-node-title.is-empty')).toHaveCount(0);
});

test('Enter and Space on the zoom buttons zoom', async ({ page }) => {
  const zoom = () => page.locator('.react-flow__viewport').evaluate((element) => Number(/scale\(([\d.]+)\)/.exec((element as HTMLElement).style.transform)?.[1]));
  const before = await zoom();
  await page.locator('.react-flow__controls-zoomin').focus();
  await page.keyboard.press('Enter');
  await expect.poll(zoom).toBeGreaterThan(before);
  const zoomedIn = await zoom();
  await page.locator('.react-flow__controls-zoomout').focus();
  await page.keyboard.press('Space');
  await expect.poll(zoom).toBeLessThan(zoomedIn);
  await expect(editingField(page)).toHaveCount(0);
});

test('? opens the keyboard help instead of starting a title; Esc gives focus back to the canvas', async ({ page }) => {
  await selectNode(page, OPPORTUNITY);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(editingField(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('canvas')).toBeFocused();
  await expect(nodeByTitle(page, OPPORTUNITY)).toHaveCount(1);
});

test('a new node left empty is removed when editing ends, and undo has no phantom step', async ({ page }) => {
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  await selectNode(page, OPPORTUNITY);
  await page.keyboard.press('Enter');
  await expect(editingField(page)).toBeFocused();
  await expectNodeCount(page, EXAMPLE_NODE_COUNT + 1);
  await page.keyboard.press('Escape');
  await expectNodeCount(page, EXAMPLE_NODE_COUNT);
  await expect(nodeByTitle(page, OPPORTUNITY).locator('[data-kind]')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('undo')).toBeDisabled();
});

test('moving the selection on the canvas is announced; findings are announced once typing pauses', async ({ page }) => {
  const said = page.getByTestId('selection-announcer');
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('ArrowDown');
  await expect(said).toHaveText(/^Opportunity: \u2068.+\u2069\. Level 2\. (No findings|\d+ findings?)\.$/);
  await page.keyboard.press('ArrowUp');
  await expect(said).toHaveText(`Outcome: \u2068${EXAMPLE_OUTCOME}\u2069. Level 1. No findings.`);
  await page.keyboard.press('ArrowDown');
  await expect(said).toHaveAttribute('aria-live', 'polite');

  const findings = page.getByTestId('findings-announcer');
  // Record every text the findings region takes while a title is typed.
  await findings.evaluate((element) => {
    const log: string[] = [];
    (window as unknown as { announced: string[] }).announced = log;
    new MutationObserver(() => log.push(element.textContent ?? '')).observe(element, { childList: true, characterData: true, subtree: true });
  });
  // Turning the opportunity into a solution-like phrase adds a warning, announced once typing stops.
  await page.keyboard.press('F2');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Add a streak freeze', { delay: 30 });
  await expect(findings).toHaveText(/^Findings now: \d+ errors?, \d+ warnings?, \d+ notes?\.$/, { timeout: 5000 });
  await page.waitForTimeout(2000);
  const announced = await page.evaluate(() => (window as unknown as { announced: string[] }).announced);
  // Not one announcement per keystroke: 19 keys, at most a couple of pauses.
  expect(announced.length).toBeLessThanOrEqual(2);
});
