import { expect, test, type Page } from '@playwright/test';
import { canvasNodes, dragNodeOnto, edgeBetween, importTree, nodeByTitle, nodeId, selectNode, treeFile } from './helpers';

const OUTCOME = 'Double repeat purchases';
const DELIVERY = 'Delivery slots are always full';
const RETURNS = 'Returning an item is a hassle';
const EVENING_SLOTS = 'Add evening delivery slots';

const FILE = treeFile('Groceries', {
  kind: 'outcome',
  title: OUTCOME,
  children: [
    { kind: 'opportunity', title: DELIVERY, children: [{ kind: 'solution', title: EVENING_SLOTS }] },
    { kind: 'opportunity', title: RETURNS },
  ],
});

async function ids(page: Page) {
  return {
    outcome: await nodeId(nodeByTitle(page, OUTCOME)),
    delivery: await nodeId(nodeByTitle(page, DELIVERY)),
    returns: await nodeId(nodeByTitle(page, RETURNS)),
    eveningSlots: await nodeId(nodeByTitle(page, EVENING_SLOTS)),
  };
}

test.beforeEach(async ({ page }) => {
  await importTree(page, FILE);
  await expect(canvasNodes(page)).toHaveCount(4);
});

test('dropping a solution onto the outcome is refused with a notice and changes nothing', async ({ page }) => {
  const id = await ids(page);
  await dragNodeOnto(page, nodeByTitle(page, EVENING_SLOTS), nodeByTitle(page, OUTCOME));

  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-tone', 'refused');
  await expect(notice).toContainText(/cannot/i);
  // The solution snaps back under its opportunity; no step was recorded.
  await expect(edgeBetween(page, id.delivery, id.eveningSlots)).toHaveCount(1);
  await expect(edgeBetween(page, id.outcome, id.eveningSlots)).toHaveCount(0);
  await expect(canvasNodes(page)).toHaveCount(4);
  await expect(page.getByTestId('undo')).toBeDisabled();
  await expect
    .poll(async () => {
      const outcome = await nodeByTitle(page, OUTCOME).boundingBox();
      const solution = await nodeByTitle(page, EVENING_SLOTS).boundingBox();
      return Boolean(outcome && solution && solution.y > outcome.y + 2 * outcome.height);
    })
    .toBe(true);
});

test('dropping a solution onto another opportunity moves it there', async ({ page }) => {
  const id = await ids(page);
  await dragNodeOnto(page, nodeByTitle(page, EVENING_SLOTS), nodeByTitle(page, RETURNS));

  await expect(edgeBetween(page, id.returns, id.eveningSlots)).toHaveCount(1);
  await expect(edgeBetween(page, id.delivery, id.eveningSlots)).toHaveCount(0);
  await expect(page.getByTestId('notice')).toHaveCount(0);
  await expect(page.getByTestId('undo')).toBeEnabled();
  // Drawn under its new parent.
  await expect
    .poll(async () => {
      const parent = await nodeByTitle(page, RETURNS).boundingBox();
      const child = await nodeByTitle(page, EVENING_SLOTS).boundingBox();
      if (!parent || !child) return false;
      const childCentre = child.x + child.width / 2;
      return child.y > parent.y + parent.height && childCentre > parent.x && childCentre < parent.x + parent.width;
    })
    .toBe(true);
});

test('Alt+↑ on an opportunity directly under the outcome is refused visibly', async ({ page }) => {
  const id = await ids(page);
  await selectNode(page, DELIVERY);
  await page.keyboard.press('Alt+ArrowUp');

  const notice = page.getByTestId('notice');
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('data-tone', 'refused');
  await expect(notice).toContainText('already directly under the outcome');
  await expect(edgeBetween(page, id.outcome, id.delivery)).toHaveCount(1);
  await expect(edgeBetween(page, id.delivery, id.eveningSlots)).toHaveCount(1);
  await expect(page.getByTestId('undo')).toBeDisabled();
});
