// The outline: the same tree as an ARIA tree a screen reader can walk, with the canvas's selection,
// keyboard per the WAI-ARIA tree view pattern, and titles editable in place. It holds every node,
// including those off screen on the canvas, and stays quick with 2,000 nodes.
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, EXAMPLE_OUTCOME, fitWholeTree, importTree, nodeByTitle, openExampleTree, treeFile, type NodeSpec } from './helpers';

const OPPORTUNITY = "I forget to practise until it's too late in the day";
const SUB_OPPORTUNITY = 'Evenings are busy with family';

function outline(page: Page) {
  return page.getByTestId('outline');
}

function item(page: Page, title: string) {
  return outline(page).getByRole('treeitem').filter({ has: page.locator('[data-node-title]', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
}

async function openOutline(page: Page): Promise<void> {
  await page.getByTestId('outline-toggle').click();
  await expect(outline(page)).toBeVisible();
}

test('the outline is an ARIA tree whose levels and positions match the tree', async ({ page }) => {
  await openExampleTree(page);
  await openOutline(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  await expect(outline(page)).toHaveAttribute('role', 'tree');
  const items = outline(page).getByRole('treeitem');
  await expect(items).toHaveCount(EXAMPLE_NODE_COUNT);

  const rows = await items.evaluateAll((elements) =>
    elements.map((element) => ({
      title: element.querySelector('[data-node-title]')?.textContent ?? '',
      level: Number(element.getAttribute('aria-level')),
      posInSet: Number(element.getAttribute('aria-posinset')),
      setSize: Number(element.getAttribute('aria-setsize')),
      expanded: element.getAttribute('aria-expanded'),
      id: element.getAttribute('data-node-id') ?? '',
    })),
  );
  // Document order is depth-first: each row's level is at most one deeper than the row before it,
  // and its parent (the nearest row above one level up) is its parent on the canvas.
  expect(rows[0]).toMatchObject({ title: EXAMPLE_OUTCOME, level: 1, posInSet: 1, setSize: 1, expanded: 'true' });
  for (let index = 1; index < rows.length; index++) {
    const row = rows[index]!;
    expect(row.level).toBeLessThanOrEqual(rows[index - 1]!.level + 1);
    const parent = rows.slice(0, index).reverse().find((candidate) => candidate.level === row.level - 1)!;
    await expect(page.getByTestId(`rf__edge-${parent.id}->${row.id}`)).toHaveCount(1);
    const siblings = rows.filter((candidate, at) => candidate.level === row.level && rows.slice(0, at).reverse().find((above) => above.level === row.level - 1)?.id === parent.id);
    expect(row.setSize).toBe(siblings.length);
    expect(row.posInSet).toBe(siblings.findIndex((sibling) => sibling.id === row.id) + 1);
    const hasChildren = rows[index + 1] !== undefined && rows[index + 1]!.level === row.level + 1;
    expect(row.expanded).toBe(hasChildren ? 'true' : null);
  }
  // Badges and evidence counts are words, not only colours.
  await expect(item(page, OPPORTUNITY)).toContainText(/\d+ evidence/);
  await expect(item(page, 'Streak widget on the lock screen')).toContainText(/1 finding, worst (note|warning)/);
});

test('arrows in the outline move the selection the canvas shows; → and ← open and close branches', async ({ page }) => {
  await openExampleTree(page);
  await openOutline(page);
  await item(page, EXAMPLE_OUTCOME).click();
  await expect(item(page, EXAMPLE_OUTCOME)).toBeFocused();
  await expect(item(page, EXAMPLE_OUTCOME)).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('ArrowDown');
  await expect(item(page, OPPORTUNITY)).toBeFocused();
  await expect(item(page, OPPORTUNITY)).toHaveAttribute('aria-selected', 'true');
  await expect(nodeByTitle(page, OPPORTUNITY).locator('[data-kind]')).toHaveAttribute('data-selected', 'true');
  await expect(item(page, EXAMPLE_OUTCOME)).toHaveAttribute('aria-selected', 'false');

  // ← on an expanded row closes it; the children leave the outline; → opens it again.
  await page.keyboard.press('ArrowLeft');
  await expect(item(page, OPPORTUNITY)).toHaveAttribute('aria-expanded', 'false');
  await expect(item(page, SUB_OPPORTUNITY)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(item(page, OPPORTUNITY)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(item(page, SUB_OPPORTUNITY)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(item(page, OPPORTUNITY)).toBeFocused();

  await page.keyboard.press('End');
  await expect(outline(page).getByRole('treeitem').last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(item(page, EXAMPLE_OUTCOME)).toBeFocused();

  // A selection made on the canvas shows in the outline too.
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('ArrowDown');
  await expect(outline(page).locator('[role="treeitem"][aria-selected="true"]')).toHaveCount(1);
  await expect(item(page, EXAMPLE_OUTCOME)).toHaveAttribute('aria-selected', 'false');
});

test('Enter in the outline edits the title in place; Alt+U and F6 reach the outline', async ({ page }) => {
  await openExampleTree(page);
  await page.keyboard.press('Alt+KeyU');
  await expect(outline(page)).toBeVisible();
  await expect(item(page, EXAMPLE_OUTCOME)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const field = outline(page).getByRole('textbox', { name: 'Title' });
  await expect(field).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' (weekdays)');
  await page.keyboard.press('Enter');
  await expect(item(page, `${OPPORTUNITY} (weekdays)`)).toBeFocused();
  await expect(nodeByTitle(page, `${OPPORTUNITY} (weekdays)`)).toHaveCount(1);

  const regions: (string | null)[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('F6');
    regions.push(await page.evaluate(() => document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null));
  }
  expect(regions).toEqual(['canvas', 'side-panel', 'header', 'outline']);
});

/** A tree of `count` nodes: an outcome, opportunities of 10 solutions each, 2 experiments per solution. */
function bigTree(count: number): string {
  const opportunities: NodeSpec[] = [];
  let made = 1;
  for (let o = 0; made < count; o++) {
    made += 1;
    const solutions: NodeSpec[] = [];
    for (let s = 0; s < 10 && made < count; s++) {
      made += 1;
      const experiments: NodeSpec[] = [];
      for (let e = 0; e < 2 && made < count; e++) {
        made += 1;
        experiments.push({ kind: 'experiment', title: `Experiment ${o}.${s}.${e}` });
      }
      solutions.push({ kind: 'solution', title: `Solution ${o}.${s}`, children: experiments });
    }
    opportunities.push({ kind: 'opportunity', title: `Opportunity ${o}`, children: solutions });
  }
  return treeFile('Big tree', { kind: 'outcome', title: 'Big outcome', children: opportunities });
}

test('with 2,000 nodes the outline opens quickly, draws only what is in view, and reaches every node', async ({ page }) => {
  await importTree(page, bigTree(2000));
  // Measured in the page, from the click to the first painted frame with the outline in it.
  const openMs = await page.evaluate(async () => {
    const start = performance.now();
    document.querySelector<HTMLElement>('[data-testid="outline-toggle"]')?.click();
    while (!document.querySelector('[data-testid="outline"] [role="treeitem"]')) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  });
  await expect(item(page, 'Big outcome')).toBeVisible();
  const drawn = await outline(page).getByRole('treeitem').count();
  expect(drawn).toBeLessThan(200);
  test.info().annotations.push({ type: 'outline-open-ms', description: `${openMs} ms, ${drawn} rows drawn of 2000 (loaded machine)` });
  expect(openMs).toBeLessThan(1500);

  await item(page, 'Big outcome').click();
  const keysStarted = Date.now();
  await page.keyboard.press('End');
  const last = outline(page).locator('[role="treeitem"][aria-selected="true"]');
  await expect(last.locator('[data-node-title]')).toHaveText(/^Experiment \d+\.\d+\.\d+$/);
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-level', '4');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
  await expect(outline(page).locator('[role="treeitem"][aria-selected="true"]')).toBeFocused();
  test.info().annotations.push({ type: 'outline-keys-ms', description: `${Date.now() - keysStarted} ms for End and 10 × ↑` });
  expect(await outline(page).getByRole('treeitem').count()).toBeLessThan(200);
});
