import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutTree, type NodeBox, type TreeLayout } from '../../../src/domain/layout';
import { LAYOUT_KINDS } from '../../../src/domain/layout-kind';
import { createBlankTree } from '../../../src/domain/new-tree';
import { EDITING_SPACING, nodeSize, PRESENTING_SPACING } from '../../../src/domain/node-metrics';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import type { NodeKind, TreeDoc } from '../../../src/domain/types';
import { createExampleTree } from '../../../src/domain/example-tree';
import { edgeEnds, edgePath, type Point } from '../../../src/look/edge-path';

/** The corners of an edge's path: its ends and the control point of every rounded elbow. */
function corners(path: string): Point[] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const commands = path.match(/[MLQ]/g) ?? [];
  const points: Point[] = [];
  let at = 0;
  for (const command of commands) {
    if (command === 'Q') {
      points.push({ x: numbers[at]!, y: numbers[at + 1]! });
      at += 4;
    } else {
      if (command === 'M' || at + 2 === numbers.length) points.push({ x: numbers[at]!, y: numbers[at + 1]! });
      at += 2;
    }
  }
  return points;
}

/** Whether the axis-aligned segment a–b passes through the inside of `box` (its border excluded). */
function crosses(a: Point, b: Point, box: NodeBox): boolean {
  const inset = 0.5;
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  return Math.max(a.x, b.x) > left && Math.min(a.x, b.x) < right && Math.max(a.y, b.y) > top && Math.min(a.y, b.y) < bottom;
}

function onBorder(point: Point, box: NodeBox): boolean {
  const near = (value: number, edge: number) => Math.abs(value - edge) < 0.01;
  const inX = point.x >= box.x - 0.01 && point.x <= box.x + box.width + 0.01;
  const inY = point.y >= box.y - 0.01 && point.y <= box.y + box.height + 0.01;
  return (inX && (near(point.y, box.y) || near(point.y, box.y + box.height))) || (inY && (near(point.x, box.x) || near(point.x, box.x + box.width)));
}

/** A tree grown from a list of (parent pick, title length) draws. */
function treeFrom(draws: Array<[number, number]>): TreeDoc {
  const doc = createBlankTree('t');
  const ids = [rootOf(doc)!.id];
  for (const [pick, length] of draws) {
    const parent = doc.nodes[ids[pick % ids.length]!]!;
    const kind: NodeKind | null =
      parent.kind === 'outcome' ? 'opportunity' : parent.kind === 'opportunity' ? (length % 3 === 0 ? 'solution' : 'opportunity') : parent.kind === 'solution' ? 'experiment' : null;
    if (!kind) continue;
    ids.push(addNode(doc, { parentId: parent.id, kind, title: 'word '.repeat(length).trim() }));
  }
  return doc;
}

/** Checks every edge of a layout: it leaves the parent's box, meets the child's, and its bends of `stack` and `grid` routes run through no box. */
function expectEdgesInGaps(layout: TreeLayout): void {
  const boxes = [...layout.boxes.values()];
  for (const { parentId, childId, route, lanes } of layout.edges) {
    const parent = layout.boxes.get(parentId)!;
    const child = layout.boxes.get(childId)!;
    const [start, end] = edgeEnds(parent, child, route);
    expect(onBorder(start, parent), `${parentId}->${childId} leaves its parent`).toBe(true);
    expect(onBorder(end, child), `${parentId}->${childId} meets its child`).toBe(true);
    if (route !== 'stack' && route !== 'grid') continue;
    expect(lanes, `${route} edge ${parentId}->${childId} carries its lanes`).toBeDefined();
    const points = corners(edgePath(start, end, route, lanes));
    expect(points[0]).toEqual({ x: Math.round(start.x * 100) / 100, y: Math.round(start.y * 100) / 100 });
    for (let i = 1; i < points.length; i++) {
      for (const box of boxes) {
        expect(crosses(points[i - 1]!, points[i]!, box), `${route} edge ${parentId}->${childId} runs through ${box.id}`).toBe(false);
      }
    }
  }
}

describe('edges drawn along a layout', () => {
  for (const kind of LAYOUT_KINDS) {
    for (const [name, spacing] of [['editing', EDITING_SPACING], ['presenting', PRESENTING_SPACING]] as const) {
      it(`${kind}, ${name} gaps: every edge meets its parent and child, and folded edges run in the gaps`, () => {
        fc.assert(
          fc.property(fc.array(fc.tuple(fc.nat(200), fc.nat(30)), { maxLength: 60 }), (draws) => {
            expectEdgesInGaps(layoutTree(treeFrom(draws), { kind, spacing }));
          }),
          { numRuns: 40 },
        );
        expectEdgesInGaps(layoutTree(createExampleTree(), { kind, spacing, sizeOf: (node) => nodeSize(node, undefined, 1.75) }));
      });
    }
  }

  it('bends a stack edge where its lanes say, not at fixed editing gaps', () => {
    const lanes = { fromParent: 18, toChild: 10, lift: 0 };
    expect(corners(edgePath({ x: 100, y: 50 }, { x: 120, y: 200 }, 'stack', lanes))).toEqual([
      { x: 100, y: 50 },
      { x: 100, y: 68 },
      { x: 110, y: 68 },
      { x: 110, y: 200 },
      { x: 120, y: 200 },
    ]);
  });
});
