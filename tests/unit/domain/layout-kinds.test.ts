import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTree, type NodeBox } from '../../../src/domain/layout';
import { LAYOUT_KINDS, layoutKindOf } from '../../../src/domain/layout-kind';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import type { NodeKind, TreeDoc } from '../../../src/domain/types';
import { createExampleTree } from '../../../src/domain/example-tree';
import { PRESENTING_SPACING } from '../../../src/domain/node-metrics';

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** A tree grown from a list of (parent pick, title length, collapse) draws. */
function treeFrom(draws: Array<[number, number, boolean]>): TreeDoc {
  const doc = createBlankTree('t');
  const ids = [rootOf(doc)!.id];
  for (const [pick, length, collapse] of draws) {
    const parent = doc.nodes[ids[pick % ids.length]!]!;
    const kind: NodeKind | null =
      parent.kind === 'outcome' ? 'opportunity' : parent.kind === 'opportunity' ? (length % 3 === 0 ? 'solution' : 'opportunity') : parent.kind === 'solution' ? 'experiment' : null;
    if (!kind) continue;
    const id = addNode(doc, { parentId: parent.id, kind, title: 'word '.repeat(length).trim() });
    if (collapse && length % 5 === 0) doc.nodes[parent.id]!.collapsed = true;
    ids.push(id);
  }
  return doc;
}

const drawsArbitrary = fc.array(fc.tuple(fc.nat(200), fc.nat(30), fc.boolean()), { maxLength: 80 });

describe('layout kinds', () => {
  for (const kind of LAYOUT_KINDS) {
    it(`${kind}: places every shown node exactly once and never overlaps two boxes`, () => {
      fc.assert(
        fc.property(drawsArbitrary, fc.integer({ min: 1, max: 5 }), (draws, maxLevels) => {
          const doc = treeFrom(draws);
          for (const options of [{ kind }, { kind, respectCollapsed: false }, { kind, maxLevels }]) {
            const layout = layoutTree(doc, options);
            const everything = options.respectCollapsed === false && !('maxLevels' in options);
            if (everything) expect(layout.boxes.size).toBe(Object.keys(doc.nodes).length);
            expect(new Set(layout.order).size).toBe(layout.order.length);
            expect(layout.order.length).toBe(layout.boxes.size);
            const hidden = [...layout.hiddenCounts.values()].reduce((sum, count) => sum + count, 0);
            expect(layout.boxes.size + hidden).toBe(Object.keys(doc.nodes).length);
            const boxes = [...layout.boxes.values()];
            for (const box of boxes) expect(Number.isFinite(box.x) && Number.isFinite(box.y)).toBe(true);
            for (let i = 0; i < boxes.length; i++) {
              for (let j = i + 1; j < boxes.length; j++) {
                expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
              }
            }
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('compact stacks the leaves of one parent in a column under it, joined to a spine', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const leaves = ['a', 'b', 'c'].map((title) => addNode(doc, { parentId: rootId, kind: 'opportunity', title }));
    const layout = layoutTree(doc, { kind: 'compact' });
    const [a, b, c] = leaves.map((id) => layout.boxes.get(id)!);
    expect(a!.x).toBe(b!.x);
    expect(b!.x).toBe(c!.x);
    expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    expect(c!.y).toBeGreaterThanOrEqual(b!.y + b!.height);
    expect(layout.edges.map((edge) => edge.route)).toEqual(['stack', 'stack', 'stack']);
    // Folded, the level is as narrow as one box and its indent.
    expect(layout.bounds.maxX - layout.bounds.minX).toBeLessThan(layoutTree(doc).bounds.maxX - layoutTree(doc).bounds.minX);
  });

  it('compact keeps a child with children of its own beside the column', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const branch = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'branch' });
    addNode(doc, { parentId: branch, kind: 'solution', title: 's' });
    const leaf1 = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'leaf 1' });
    const leaf2 = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'leaf 2' });
    const layout = layoutTree(doc, { kind: 'compact' });
    expect(layout.edges.find((edge) => edge.childId === branch)!.route).toBe('down');
    expect(layout.edges.find((edge) => edge.childId === leaf1)!.route).toBe('stack');
    expect(layout.boxes.get(leaf1)!.x).toBe(layout.boxes.get(leaf2)!.x);
  });

  it('left-right puts every child to the right of its parent, siblings top to bottom', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const first = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'first' });
    const second = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'second' });
    // Each has grandchildren, so they are branches, not small subtrees to fold.
    addNode(doc, { parentId: addNode(doc, { parentId: first, kind: 'solution', title: 'one' }), kind: 'experiment', title: 'x' });
    addNode(doc, { parentId: addNode(doc, { parentId: second, kind: 'solution', title: 'two' }), kind: 'experiment', title: 'y' });
    const layout = layoutTree(doc, { kind: 'left-right' });
    const root = layout.boxes.get(rootId)!;
    const a = layout.boxes.get(first)!;
    const b = layout.boxes.get(second)!;
    expect(a.x).toBeGreaterThanOrEqual(root.x + root.width);
    expect(a.y + a.height).toBeLessThanOrEqual(b.y);
    expect(layout.edges.every((edge) => edge.route === 'right')).toBe(true);
  });

  it('left-right folds the leaves of one parent into rows of two, the second column reached by grid edges', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const solution = addNode(doc, { parentId: addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'o' }), kind: 'solution', title: 's' });
    const leaves = ['a', 'b', 'c'].map((title) => addNode(doc, { parentId: solution, kind: 'experiment', title }));
    const layout = layoutTree(doc, { kind: 'left-right' });
    const parent = layout.boxes.get(solution)!;
    const [a, b, c] = leaves.map((id) => layout.boxes.get(id)!);
    // a | b in the first row, c under a.
    expect(a!.x).toBeGreaterThanOrEqual(parent.x + parent.width);
    expect(b!.y).toBe(a!.y);
    expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width);
    expect(c!.x).toBe(a!.x);
    expect(c!.y).toBeGreaterThanOrEqual(a!.y + a!.height);
    const routes = Object.fromEntries(layout.edges.filter((edge) => edge.parentId === solution).map((edge) => [edge.childId, edge.route]));
    expect(routes).toEqual({ [leaves[0]!]: 'right', [leaves[1]!]: 'grid', [leaves[2]!]: 'right' });
  });

  it('left-right folds whole small subtrees (a solution with its experiments) into rows of two', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const opportunity = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'o' });
    const solutions = ['a', 'b', 'c'].map((title) => addNode(doc, { parentId: opportunity, kind: 'solution', title }));
    const experiments = solutions.map((id) => addNode(doc, { parentId: id, kind: 'experiment', title: `test of ${id}` }));
    const layout = layoutTree(doc, { kind: 'left-right' });
    const [a, b, c] = solutions.map((id) => layout.boxes.get(id)!);
    const [testOfA] = experiments.map((id) => layout.boxes.get(id)!);
    // a (with its experiment) | b in the first row; c under a.
    expect(b!.x).toBeGreaterThanOrEqual(testOfA!.x + testOfA!.width);
    expect(c!.x).toBe(a!.x);
    expect(c!.y).toBeGreaterThanOrEqual(Math.max(a!.y + a!.height, testOfA!.y + testOfA!.height));
    const route = (id: string) => layout.edges.find((edge) => edge.childId === id)!.route;
    expect(solutions.map(route)).toEqual(['right', 'grid', 'right']);
    expect(experiments.map(route)).toEqual(['right', 'right', 'right']);
  });

  it('left-right never folds a grid of grids: a branch with small subtrees under it stays a row of its own', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const branches = ['p', 'q'].map((title) => addNode(doc, { parentId: rootId, kind: 'opportunity', title }));
    for (const branch of branches) {
      for (const title of ['s1', 's2']) addNode(doc, { parentId: addNode(doc, { parentId: branch, kind: 'solution', title }), kind: 'experiment', title: 'e' });
    }
    const layout = layoutTree(doc, { kind: 'left-right' });
    const [p, q] = branches.map((id) => layout.boxes.get(id)!);
    expect(p!.x).toBe(q!.x);
    expect(q!.y).toBeGreaterThanOrEqual(p!.y + p!.height);
    expect(layout.edges.filter((edge) => edge.parentId === rootId).every((edge) => edge.route === 'right')).toBe(true);
  });

  it('presenting gaps make every layout of the example tree smaller, the boxes unchanged', () => {
    const doc = createExampleTree();
    for (const kind of LAYOUT_KINDS) {
      const editing = layoutTree(doc, { kind });
      const presenting = layoutTree(doc, { kind, spacing: PRESENTING_SPACING });
      const area = ({ bounds }: typeof editing) => (bounds.maxX - bounds.minX) * (bounds.maxY - bounds.minY);
      expect(area(presenting), kind).toBeLessThan(area(editing) * 0.85);
      for (const [id, box] of editing.boxes) expect([presenting.boxes.get(id)!.width, presenting.boxes.get(id)!.height]).toEqual([box.width, box.height]);
    }
  });

  it('folds the example tree shorter in the left-right layout than one leaf per row would', () => {
    const doc = createExampleTree();
    const { minY, maxY } = layoutTree(doc, { kind: 'left-right' }).bounds;
    const { minX, maxX } = layoutTree(doc, { kind: 'tidy' }).bounds;
    // Sideways, the tidy tree's width would become the height; folding leaves keeps well under it.
    expect(maxY - minY).toBeLessThan((maxX - minX) * 0.75);
  });

  it('shows only the first levels when asked and counts what the last shown level hides', () => {
    const doc = createExampleTree();
    const layout = layoutTree(doc, { maxLevels: 2 });
    const rootId = rootOf(doc)!.id;
    const firstLevel = Object.values(doc.nodes).filter((node) => node.parentId === rootId);
    expect(layout.order).toEqual([rootId, ...firstLevel.sort((x, y) => (x.rank < y.rank ? -1 : 1)).map((node) => node.id)]);
    expect(layoutTree(doc, { maxLevels: 1 }).order).toEqual([rootId]);
    expect(layoutTree(doc, { maxLevels: 1 }).hiddenCounts.get(rootId)).toBe(Object.keys(doc.nodes).length - 1);
  });

  it('folds the example tree narrower in the compact layout', () => {
    const doc = createExampleTree();
    const width = (kind: 'tidy' | 'compact') => {
      const { minX, maxX } = layoutTree(doc, { kind }).bounds;
      return maxX - minX;
    };
    expect(width('compact')).toBeLessThan(width('tidy') * 0.85);
  });

  it('reads the layout from the tree settings, the tidy tree when unset or unknown', () => {
    const doc = createBlankTree('t');
    expect(layoutKindOf(doc)).toBe('tidy');
    doc.meta.settings.layout = 'compact';
    expect(layoutKindOf(doc)).toBe('compact');
    (doc.meta.settings as { layout?: string }).layout = 'spiral';
    expect(layoutKindOf(doc)).toBe('tidy');
  });
});
