// Present mode's first step, the whole tree, in every layout: every node on screen, none under the
// presentation controls, edges joining parent to child, and zoomed-out titles cut only at their end.
import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_NODE_COUNT, canvasNodes, importTree, openExampleTree, treeFile, type NodeSpec } from './helpers';
import { keepScreenshot, settle } from './workshop-steps';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}


async function wholeTreeGeometry(page: Page) {
  return page.evaluate(() => {
    const box = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    };
    const nodes = [...document.querySelectorAll('.react-flow__node')].map((node) => ({ id: node.getAttribute('data-id')!, ...box(node) }));
    // The bar of presentation controls (step indicator, timer, buttons) along the bottom.
    const nav = box(document.querySelector('[data-testid="present-overlay"]')!);
    // Each edge's drawn path, from its first to its last point, in screen px.
    const edges = [...document.querySelectorAll('.react-flow__edge')].map((edge) => {
      const path = edge.querySelector('path')! as SVGPathElement;
      const matrix = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const at = (distance: number) => {
        const point = path.getPointAtLength(distance).matrixTransform(matrix);
        return { x: point.x, y: point.y };
      };
      const id = edge.getAttribute('data-id') ?? edge.getAttribute('data-testid') ?? '';
      return { id, start: at(0), end: at(length) };
    });
    // Zoomed-out titles: the lines as drawn, and whether each fits its block.
    const overflowing = [...document.querySelectorAll('.ost-node.is-compact .compact-line')].filter((line) => {
      const title = line.closest('[data-node-title]')!;
      return line.getBoundingClientRect().right > title.getBoundingClientRect().right + 0.5 || (line.getAttribute('data-line') ?? '').slice(0, -1).includes('…');
    }).length;
    return { nodes, nav, edges, overflowing, width: innerWidth, height: innerHeight };
  });
}

/** A wide tree of 41 nodes: four opportunities, three solutions each, two experiments per solution. */
function wideTree(): string {
  const needs = ['cannot find last week’s report before the meeting', 'lose track of tasks when switching devices', 'do not know which invoices are unpaid', 'need to share results with people outside'];
  const opportunity = (need: string, o: number): NodeSpec => ({
    kind: 'opportunity',
    title: `As a team lead I ${need}`,
    children: [1, 2, 3].map((s) => ({
      kind: 'solution',
      title: `Offer a one-click export to spreadsheet, variant ${o}.${s}`,
      children: [
        { kind: 'experiment', title: `One-question poll: would admins use variant ${o}.${s} weekly?` },
        { kind: 'experiment', title: `Concierge test: do five customers finish the task with ${o}.${s}?` },
      ],
    })),
  });
  return treeFile('Wide tree', { kind: 'outcome', title: 'Increase the share of trial users who become paying customers', children: needs.map(opportunity) });
}

const TREES = [
  { name: 'the example tree', count: EXAMPLE_NODE_COUNT, open: (page: Page) => openExampleTree(page) },
  { name: 'a 41-node tree', count: 41, open: (page: Page) => importTree(page, wideTree()) },
];

const touches = (point: { x: number; y: number }, rect: Rect) =>
  point.x >= rect.left - 2 && point.x <= rect.right + 2 && point.y >= rect.top - 2 && point.y <= rect.bottom + 2;

const ZOOMS = [
  { name: '1280×720', use: {} },
  { name: '150 % zoom', use: { viewport: { width: 853, height: 480 }, deviceScaleFactor: 1.5 } },
];

for (const zoom of ZOOMS) {
  test.describe(zoom.name, () => {
    test.use(zoom.use);
    for (const tree of TREES) {
      for (const layout of ['tidy', 'compact', 'left-right'] as const) {
        test(`${tree.name}, ${layout}: the whole tree is on screen, clear of the presentation controls, its edges joining each parent to its child`, async ({ page }, testInfo) => {
          await tree.open(page);
          await page.getByTestId('layout').selectOption(layout);
          await page.getByTestId('present').click();
          await expect(page.locator('html')).toHaveAttribute('data-presenting', '');
          await settle(page);
          await expect(canvasNodes(page)).toHaveCount(tree.count);
          const { nodes, nav, edges, overflowing, width, height } = await wholeTreeGeometry(page);
          for (const node of nodes) {
            expect(node.left >= 0 && node.top >= 0 && node.right <= width && node.bottom <= height, `${node.id} on screen`).toBe(true);
            expect(node.bottom, `${node.id} under the presentation controls`).toBeLessThanOrEqual(nav.top + 0.5);
          }
          expect(edges).toHaveLength(tree.count - 1);
          const byId = new Map(nodes.map((node) => [node.id, node]));
          for (const edge of edges) {
            const [parentId, childId] = edge.id.replace(/^rf__edge-/, '').split('->');
            expect(touches(edge.start, byId.get(parentId!)!), `${edge.id} leaves its parent`).toBe(true);
            expect(touches(edge.end, byId.get(childId!)!), `${edge.id} meets its child`).toBe(true);
          }
          expect(overflowing).toBe(0);
          await keepScreenshot(page, testInfo, `present-whole-${tree.count}-${layout}`);
        });
      }
    }
  });
}
