// Shared steps for the end-to-end specs: what a user does (open the library, start a tree, import a
// file) and what a user can see (titles on the canvas, the save indicator, a downloaded file).
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export type NodeKind = 'outcome' | 'opportunity' | 'solution' | 'experiment';

export const EXAMPLE_TITLE = 'Example: Language-learning app streaks';
export const EXAMPLE_OUTCOME = 'More learners complete a 7-day practice streak';
export const EXAMPLE_NODE_COUNT = 19;

/** Opens the library and waits until the stored trees are listed (the example on a first start). */
export async function openLibrary(page: Page): Promise<Locator> {
  await page.goto('/#/');
  const list = page.getByTestId('tree-list');
  await expect(list).toBeVisible();
  return list;
}

export function treeCards(page: Page): Locator {
  return page.locator('[data-testid="tree-list"] [data-tree-id]');
}

export async function treeIds(page: Page): Promise<string[]> {
  const ids = await treeCards(page).evaluateAll((cards) => cards.map((card) => card.getAttribute('data-tree-id') ?? ''));
  return ids.sort();
}

export function treeCardByTitle(page: Page, title: string): Locator {
  return treeCards(page).filter({ has: page.locator('.tree-card-title', { hasText: exactText(title) }) });
}

/** The tree id the editor's URL names (`#/tree/<id>`). */
export function openTreeId(page: Page): string {
  const match = /#\/tree\/([^/?#]+)/.exec(new URL(page.url()).hash);
  if (!match?.[1]) throw new Error(`Not in the editor: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** Opens the example tree from the library and waits for its outcome to show. */
export async function openExampleTree(page: Page): Promise<string> {
  await openLibrary(page);
  await treeCardByTitle(page, EXAMPLE_TITLE).getByTestId('open-tree').click();
  await expect(nodeByTitle(page, EXAMPLE_OUTCOME)).toBeVisible();
  return openTreeId(page);
}

/** Every rendered node's title by node id (fit the view first to have them all). */
export async function titlesById(page: Page): Promise<Record<string, string>> {
  const pairs = await canvasNodes(page).evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute('data-id') ?? '', node.querySelector('.ost-node-title')?.getAttribute('title') ?? ''] as const),
  );
  return Object.fromEntries(pairs);
}

/** Clicks "New tree" and waits for the blank tree's outcome to be in edit mode. */
export async function createTree(page: Page): Promise<string> {
  await page.getByTestId('new-tree').click();
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(editingField(page)).toBeFocused();
  return openTreeId(page);
}

/** The title field of the node being edited inline. */
export function editingField(page: Page): Locator {
  return page.locator('.react-flow__node textarea');
}

/** Waits until a node is in edit mode with its field focused, then types. */
export async function typeTitle(page: Page, text: string): Promise<void> {
  await expect(editingField(page)).toBeFocused();
  await page.keyboard.type(text);
  await expect(editingField(page)).toHaveValue(new RegExp(`${escapeRegExp(text)}$`));
}

export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="save-status"][data-state="saved"]')).toBeVisible();
}

export function canvasNodes(page: Page): Locator {
  return page.locator('.react-flow__node');
}

/** The canvas node showing this title (not while it is being edited). */
export function nodeByTitle(page: Page, title: string): Locator {
  return canvasNodes(page).filter({ has: page.locator('.ost-node-title', { hasText: exactText(title) }) });
}

export function nodesOfKind(page: Page, kind: NodeKind): Locator {
  return page.locator(`.react-flow__node:has(> [data-kind="${kind}"])`);
}

export async function nodeId(node: Locator): Promise<string> {
  const id = await node.getAttribute('data-id');
  if (!id) throw new Error('A canvas node without data-id');
  return id;
}

/** Every rendered node's title, whether shown or being edited. */
export async function nodeTitles(page: Page): Promise<string[]> {
  return canvasNodes(page).evaluateAll((nodes) =>
    nodes.map((node) => {
      const field = node.querySelector('textarea');
      if (field) return field.value;
      return node.querySelector('.ost-node-title')?.getAttribute('title') ?? '';
    }),
  );
}

export async function kindCounts(page: Page): Promise<Record<NodeKind, number>> {
  const kinds = await canvasNodes(page).evaluateAll((nodes) => nodes.map((node) => node.querySelector('[data-kind]')?.getAttribute('data-kind') ?? ''));
  const counts: Record<NodeKind, number> = { outcome: 0, opportunity: 0, solution: 0, experiment: 0 };
  for (const kind of kinds) if (kind in counts) counts[kind as NodeKind] += 1;
  return counts;
}

/** The edge React Flow draws from a parent to a child (edge ids are `<parent>-><child>`). */
export function edgeBetween(page: Page, parentId: string, childId: string): Locator {
  return page.getByTestId(`rf__edge-${parentId}->${childId}`);
}

export async function expectChildOf(page: Page, parentTitle: string, childTitle: string): Promise<void> {
  const parentId = await nodeId(nodeByTitle(page, parentTitle));
  const childId = await nodeId(nodeByTitle(page, childTitle));
  await expect(edgeBetween(page, parentId, childId), `“${childTitle}” sits under “${parentTitle}”`).toHaveCount(1);
}

/** Selects a node as a user does: a click on its title. */
export async function selectNode(page: Page, title: string): Promise<Locator> {
  const node = nodeByTitle(page, title);
  await node.locator('.ost-node-title').click();
  await expect(node.locator('.ost-node')).toHaveAttribute('data-selected', 'true');
  return node;
}

/** Fits the whole tree in view (Shift+1), so every node is rendered, and waits for the zoom to settle. */
export async function fitWholeTree(page: Page, expectedNodes: number): Promise<void> {
  await page.getByTestId('canvas').focus();
  await page.keyboard.press('Shift+Digit1');
  await expect(canvasNodes(page)).toHaveCount(expectedNodes);
  await waitForStillViewport(page);
}

/** The fit animates for 250 ms; the view is settled once two reads 300 ms apart agree. */
async function waitForStillViewport(page: Page): Promise<void> {
  const viewport = page.locator('.react-flow__viewport');
  const read = () => viewport.evaluate((element) => (element as HTMLElement).style.transform);
  let previous = await read();
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.waitForTimeout(300);
    const current = await read();
    if (current === previous) return;
    previous = current;
  }
  throw new Error('The canvas view kept moving');
}

/** A node of a tree file: kind, title, optional evidence keys, children. */
export interface NodeSpec {
  kind: NodeKind;
  title: string;
  evidence?: string[];
  status?: string;
  children?: NodeSpec[];
}

export interface EvidenceSpec {
  key: string;
  kind: 'interview' | 'observation' | 'usability-test' | 'survey' | 'analytics' | 'support' | 'other';
  firstHand: boolean;
  summary: string;
  url?: string;
}

/** An `ost-tree` version 1 file as the editor exports it, built from a nested outline. */
export function treeFile(title: string, root: NodeSpec, evidence: EvidenceSpec[] = []): string {
  const nodes: Record<string, unknown>[] = [];
  let counter = 0;
  const add = (spec: NodeSpec, parentId: string | null): void => {
    counter += 1;
    const id = `n${counter}`;
    nodes.push({
      id,
      kind: spec.kind,
      parentId,
      title: spec.title,
      ...(spec.status ? { status: spec.status } : {}),
      ...(spec.evidence ? { evidenceIds: spec.evidence.map((key) => `e-${key}`) } : {}),
    });
    for (const child of spec.children ?? []) add(child, id);
  };
  add(root, null);
  const now = '2026-11-20T10:00:00.000Z';
  return JSON.stringify({
    format: 'ost-tree',
    version: 1,
    exportedAt: now,
    tree: {
      id: 'file-tree',
      title,
      createdAt: now,
      updatedAt: now,
      nodes,
      evidence: evidence.map(({ key, ...item }) => ({ id: `e-${key}`, ...item })),
    },
  });
}

/** Chooses a file in the library's import input. */
export async function chooseImportFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  const buffer = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  await page.getByTestId('import-json').setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Imports a valid tree file from the library and waits for the editor to open it. */
/** Closes the tab as a user would (pagehide and beforeunload run), then opens `url` in a new tab. */
export async function closeTabAndReopen(page: Page, url: string): Promise<Page> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  const again = await page.context().newPage();
  await again.goto(url);
  return again;
}

export async function importTree(page: Page, fileText: string, name = 'tree.ost.json'): Promise<string> {
  await openLibrary(page);
  await chooseImportFile(page, name, fileText);
  await expect(page).toHaveURL(/#\/tree\//);
  await expect(page.getByTestId('canvas')).toBeVisible();
  return openTreeId(page);
}

/** Clicks a control that downloads a file and returns the download with its bytes. */
export async function download(page: Page, trigger: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

export type ExportItem = 'export-json' | 'export-png' | 'export-svg' | 'export-markdown';

/** Opens the header's Export menu, unless it is open already (a second click would close it). */
export async function openExportMenu(page: Page): Promise<void> {
  const button = page.getByTestId('export');
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
}

export async function exportFromMenu(page: Page, item: ExportItem) {
  await openExportMenu(page);
  return download(page, () => page.getByTestId(item).click());
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16–23, big-endian). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = bytes.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error(`Not a PNG (signature ${signature})`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The bounds of every rendered node in flow coordinates (from each node's translate and size). */
export async function flowBounds(page: Page): Promise<{ width: number; height: number; count: number }> {
  return canvasNodes(page).evaluateAll((nodes) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const node of nodes) {
      const element = node as HTMLElement;
      const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(element.style.transform);
      if (!match) throw new Error(`A node without a translate: ${element.style.transform}`);
      const x = Number(match[1]);
      const y = Number(match[2]);
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x + element.offsetWidth);
      maxY = Math.max(maxY, y + element.offsetHeight);
    }
    return { width: maxX - minX, height: maxY - minY, count: nodes.length };
  });
}

export function exactText(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The given titles ordered left to right as drawn (siblings are laid out in their order). */
export async function leftToRight(page: Page, titles: readonly string[]): Promise<string[]> {
  const placed = await Promise.all(
    titles.map(async (title) => {
      const box = await nodeByTitle(page, title).boundingBox();
      return { title, x: box ? box.x : Number.NaN };
    }),
  );
  return placed.sort((a, b) => a.x - b.x).map((item) => item.title);
}

/** Drags a node by its header onto the centre of another node with the mouse, in small steps. */
export async function dragNodeOnto(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.locator('.ost-node-header').boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Both nodes must be on screen to drag');
  const startX = from.x + from.width / 2;
  const startY = from.y + from.height / 2;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  // Past React Flow's drag threshold first, then across to the target.
  await page.mouse.move(startX + 12, startY + 12, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}
