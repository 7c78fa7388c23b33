import { expect, test, type Page } from '@playwright/test';
import {
  EXAMPLE_NODE_COUNT,
  EXAMPLE_OUTCOME,
  EXAMPLE_TITLE,
  canvasNodes,
  chooseImportFile,
  download,
  exportFromMenu,
  fitWholeTree,
  flowBounds,
  nodeByTitle,
  openExampleTree,
  openExportMenu,
  openLibrary,
  openTreeId,
  pngSize,
  selectNode,
  titlesById,
  treeCardByTitle,
  treeCards,
  treeFile,
  treeIds,
} from './helpers';

/** A small valid tree file, edited by `change` into a bad one. */
function editedFile(change: (file: { version: number; tree: { nodes: Record<string, unknown>[] } }) => void): string {
  const file = JSON.parse(
    treeFile('Checkout', {
      kind: 'outcome',
      title: 'More first orders complete',
      children: [
        { kind: 'opportunity', title: 'Shipping costs surprise me at the end' },
        { kind: 'opportunity', title: "I don't trust the payment page" },
      ],
    }),
  );
  change(file);
  return JSON.stringify(file);
}

/** An SVG export as a user's viewer would read it: its groups per node, with their titles. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svgText) => {
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const groups = [...svg.querySelectorAll('g[data-id]')];
    return {
      parseErrors: svg.getElementsByTagName('parsererror').length,
      rootName: svg.documentElement.nodeName,
      nodeCount: groups.length,
      // A title wraps onto several lines, one positioned tspan each, split where there was a space
      // (the footer's emphasised parts are tspans too, but without a position of their own).
      titles: Object.fromEntries(
        groups.map((group) => [
          group.getAttribute('data-id') ?? '',
          [...group.querySelectorAll('text > tspan[x][y]')].map((line) => line.textContent ?? '').join(' '),
        ]),
      ),
    };
  }, text);
}

test('an exported tree, deleted and imported again, is the same tree', async ({ page }) => {
  const originalId = await openExampleTree(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  const titles = await titlesById(page);
  expect(Object.keys(titles)).toHaveLength(EXAMPLE_NODE_COUNT);

  const { file, bytes } = await exportFromMenu(page, 'export-json');
  expect(file.suggestedFilename()).toMatch(/^Example.*\.ost\.json$/);
  const exported = JSON.parse(bytes.toString('utf8'));
  expect(exported).toMatchObject({ format: 'ost-tree', version: 2, tree: { title: EXAMPLE_TITLE } });
  expect(exported.tree.nodes).toHaveLength(EXAMPLE_NODE_COUNT);

  await page.getByTestId('home').click();
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('delete-tree').click();
  await expect(treeCards(page)).toHaveCount(0);

  await chooseImportFile(page, file.suggestedFilename(), bytes);
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(page.getByTestId('tree-title')).toHaveValue(EXAMPLE_TITLE);
  expect(openTreeId(page), 'an import is always a new tree').not.toBe(originalId);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  expect(await titlesById(page)).toEqual(titles);
  await expect(page.getByTestId('findings-counts').locator('[data-severity="error"]')).toHaveAttribute('data-count', '1');

  await page.getByTestId('home').click();
  await expect(treeCards(page)).toHaveCount(1);
  await expect(treeCardByTitle(page, EXAMPLE_TITLE)).toContainText(`${EXAMPLE_NODE_COUNT} nodes`);
});

const OVERSIZED_BYTES = 21 * 1024 * 1024;

const BAD_FILES: ReadonlyArray<{ name: string; what: string; kind: string; message: RegExp; content: () => string | Buffer }> = [
  { name: 'notes.ost.json', what: 'text that is not JSON', kind: 'not-json', message: /not valid JSON/, content: () => 'Outcome: grow revenue\n- opportunity: {' },
  {
    name: 'other.json',
    what: 'another format',
    kind: 'not-ost-file',
    message: /not an Opportunity Solution Tree file/,
    content: () => JSON.stringify({ format: 'something-else' }),
  },
  {
    name: 'types.ost.json',
    what: 'a node title that is a number',
    kind: 'invalid-shape',
    message: /tree\.nodes\[1\]\.title/,
    content: () =>
      editedFile((file) => {
        const node = file.tree.nodes[1];
        if (node) node.title = 42;
      }),
  },
  {
    name: 'cycle.ost.json',
    what: 'parents that form a cycle',
    kind: 'invalid-structure',
    message: /cycle/,
    content: () =>
      editedFile((file) => {
        const [, first, second] = file.tree.nodes;
        if (first && second) {
          first.parentId = second.id;
          second.parentId = first.id;
        }
      }),
  },
  {
    name: 'future.ost.json',
    what: 'a newer format version',
    kind: 'too-new',
    message: /newer version/,
    content: () =>
      editedFile((file) => {
        file.version = 99;
      }),
  },
  {
    name: 'huge.ost.json',
    what: 'a size of 21 MB (over the 20 MB limit)',
    kind: 'too-large',
    message: /MB/,
    // A valid tree padded with whitespace: only its size is wrong.
    content: () => {
      const tree = Buffer.from(editedFile(() => undefined), 'utf8');
      return Buffer.concat([tree, Buffer.alloc(OVERSIZED_BYTES - tree.length, ' ')]);
    },
  },
];

for (const bad of BAD_FILES) {
  test(`a file with ${bad.what} is refused with a message and changes nothing`, async ({ page }) => {
    await openLibrary(page);
    await expect(treeCards(page)).toHaveCount(1);
    const before = await treeIds(page);

    await chooseImportFile(page, bad.name, bad.content());
    const alert = page.locator('[role="alert"][data-testid="import-error"]');
    await expect(alert).toBeVisible();
    await expect(alert).toHaveAttribute('data-kind', bad.kind);
    await expect(alert).toContainText('Not imported.');
    await expect(alert).toContainText(bad.message);
    await expect(page.getByTestId('tree-list')).toBeVisible();
    expect(await treeIds(page)).toEqual(before);

    // Nothing was stored either.
    await page.reload();
    await expect(treeCards(page)).toHaveCount(before.length);
    expect(await treeIds(page)).toEqual(before);
  });
}

test('a tree full of markup and script links imports as plain text and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const scriptTitle = '<script>alert(1)</script>';
  const imageTitle = '<img src=x onerror="window.__injected=1;alert(2)">';
  const treeTitle = '<script>alert(3)</script> tree';
  const file = treeFile(
    treeTitle,
    {
      kind: 'outcome',
      title: scriptTitle,
      children: [{ kind: 'opportunity', title: imageTitle, evidence: ['script-link', 'mixed-case', 'web'] }],
    },
    [
      { key: 'script-link', kind: 'interview', firstHand: true, summary: 'Linked with a script URL', url: 'javascript:alert(4)' },
      { key: 'mixed-case', kind: 'observation', firstHand: true, summary: 'Linked with a disguised script URL', url: '  JaVaScRiPt:alert(5)' },
      { key: 'web', kind: 'interview', firstHand: true, summary: 'Linked with a web address', url: 'https://example.com/notes' },
    ],
  );

  await openLibrary(page);
  await chooseImportFile(page, 'markup.ost.json', file);
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(page.getByTestId('tree-title')).toHaveValue(treeTitle);
  await expect(nodeByTitle(page, scriptTitle)).toBeVisible();
  await expect(nodeByTitle(page, imageTitle)).toBeVisible();

  // The evidence shows in the inspector and in the evidence library; only the web address is a link.
  await selectNode(page, imageTitle);
  const linked = page.getByTestId('inspector').getByRole('list', { name: 'Linked evidence' });
  await expect(linked.getByRole('listitem')).toHaveCount(3);
  await expect(linked.locator('a[href="https://example.com/notes"]')).toHaveCount(1);
  await page.getByTestId('open-evidence').click();
  const library = page.getByTestId('evidence-library');
  await expect(library).toContainText('Linked with a disguised script URL');
  await expect(library.locator('a[href="https://example.com/notes"]')).toHaveCount(1);
  await expect(page.locator('a[href^="javascript:" i], a[href*="script:" i]')).toHaveCount(0);

  await page.getByTestId('home').click();
  await expect(treeCardByTitle(page, treeTitle)).toBeVisible();

  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as Window & { __injected?: number }).__injected)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('JSON pasted into the "Paste JSON…" dialog imports as a new tree', async ({ page }) => {
  await openLibrary(page);
  const before = await treeIds(page);
  await page.getByRole('button', { name: 'Paste JSON…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste a tree' });
  await expect(dialog.getByTestId('paste-import')).toBeDisabled();
  await dialog.getByTestId('paste-json').fill(
    treeFile('Pasted tree', {
      kind: 'outcome',
      title: 'Fewer support calls about invoices',
      children: [{ kind: 'opportunity', title: "I can't find last month's invoice" }],
    }),
  );
  await dialog.getByTestId('paste-import').click();

  await expect(page).toHaveURL(/#\/tree\//);
  await expect(page.getByTestId('tree-title')).toHaveValue('Pasted tree');
  await expect(canvasNodes(page)).toHaveCount(2);
  await expect(nodeByTitle(page, "I can't find last month's invoice")).toBeVisible();
  await page.getByTestId('home').click();
  await expect(treeCards(page)).toHaveCount(before.length + 1);
  expect(await treeIds(page)).toEqual(expect.arrayContaining(before));
});

test('pasting something that is not a tree shows why and adds nothing', async ({ page }) => {
  await openLibrary(page);
  const before = await treeIds(page);
  await page.getByRole('button', { name: 'Paste JSON…' }).click();
  await page.getByTestId('paste-json').fill('{"format":"ost-tree","version":1,"tree":');
  await page.getByTestId('paste-import').click();
  await expect(page.locator('[role="alert"][data-testid="import-error"]')).toContainText(/not valid JSON/);
  expect(await treeIds(page)).toEqual(before);
});

test('the PNG export covers the whole tree at twice its size', async ({ page }) => {
  await openExampleTree(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  const bounds = await flowBounds(page);
  expect(bounds.count).toBe(EXAMPLE_NODE_COUNT);

  const { file, bytes } = await exportFromMenu(page, 'export-png');
  expect(file.suggestedFilename()).toMatch(/\.png$/);
  const size = pngSize(bytes);
  test.info().annotations.push({ type: 'png', description: `${size.width}×${size.height} px for a tree of ${bounds.width}×${bounds.height}` });
  expect(size.width, `PNG ${size.width}×${size.height} for a tree of ${bounds.width}×${bounds.height}`).toBeGreaterThanOrEqual(2 * bounds.width);
  expect(size.height, `PNG ${size.width}×${size.height} for a tree of ${bounds.width}×${bounds.height}`).toBeGreaterThanOrEqual(2 * bounds.height);
});

test('the SVG export is a well-formed picture of every node with its title', async ({ page }) => {
  await openExampleTree(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  const titles = await titlesById(page);

  const { file, bytes } = await exportFromMenu(page, 'export-svg');
  expect(file.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await readSvg(page, bytes.toString('utf8'));
  expect(svg.parseErrors).toBe(0);
  expect(svg.rootName).toBe('svg');
  expect(svg.nodeCount).toBe(EXAMPLE_NODE_COUNT);
  expect(svg.titles).toEqual(titles);
});

test('the Markdown export is an outline of the tree', async ({ page }) => {
  await openExampleTree(page);
  const { file, bytes } = await exportFromMenu(page, 'export-markdown');
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const markdown = bytes.toString('utf8');
  expect(markdown).toContain(EXAMPLE_OUTCOME);
  expect(markdown).toContain('Opportunity');
  const items = markdown.split('\n').filter((line) => /^\s*- \*\*(Outcome|Opportunity|Solution|Experiment)/.test(line));
  expect(items).toHaveLength(EXAMPLE_NODE_COUNT);
});

test('"As shown" leaves a collapsed branch out of the SVG; without it every node is there', async ({ page }) => {
  const branch = "I forget to practise until it's too late in the day";
  await openExampleTree(page);
  await fitWholeTree(page, EXAMPLE_NODE_COUNT);
  const node = await selectNode(page, branch);
  await page.keyboard.press('Space');
  await expect(node.locator('.hidden-count')).toHaveText('+10');
  await fitWholeTree(page, EXAMPLE_NODE_COUNT - 10);

  await openExportMenu(page);
  await page.getByTestId('export-as-shown').check();
  const shown = await download(page, () => page.getByTestId('export-svg').click());
  const asShown = await readSvg(page, shown.bytes.toString('utf8'));
  expect(asShown.parseErrors).toBe(0);
  expect(asShown.nodeCount).toBe(EXAMPLE_NODE_COUNT - 10);
  expect(Object.values(asShown.titles)).toContain(branch);
  expect(Object.values(asShown.titles)).not.toContain('Evenings are busy with family');

  await page.getByTestId('export-as-shown').uncheck();
  const everything = await download(page, () => page.getByTestId('export-svg').click());
  const full = await readSvg(page, everything.bytes.toString('utf8'));
  expect(full.nodeCount).toBe(EXAMPLE_NODE_COUNT);
  expect(Object.values(full.titles)).toContain('Evenings are busy with family');
});
