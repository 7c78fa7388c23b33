import { describe, expect, it } from 'vitest';
import { layoutTree, type NodeBox } from '../../../src/domain/layout';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import type { TreeDoc } from '../../../src/domain/types';

function overlaps(a: NodeBox, b: NodeBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function randomTree(seed: number, size: number): TreeDoc {
  const doc = createBlankTree('t');
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const ids = [rootOf(doc)!.id];
  const words = ['Learners', 'forget', 'to', 'practise', 'in', 'the', 'evening', 'supercalifragilistic', 'a'];
  while (ids.length < size) {
    const parentId = ids[Math.floor(random() * ids.length)]!;
    const parent = doc.nodes[parentId]!;
    const kind = parent.kind === 'outcome' ? 'opportunity' : parent.kind === 'opportunity' ? (random() < 0.6 ? 'opportunity' : 'solution') : parent.kind === 'solution' ? 'experiment' : null;
    if (!kind) continue;
    const title = Array.from({ length: Math.floor(random() * 20) }, () => words[Math.floor(random() * words.length)]).join(' ');
    ids.push(addNode(doc, { parentId, kind, title }));
  }
  return doc;
}

describe('layoutTree', () => {
  it('never lets two node boxes overlap, whatever their sizes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const doc = randomTree(seed, 120);
      const boxes = [...layoutTree(doc).boxes.values()];
      expect(boxes).toHaveLength(120);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
        }
      }
    }
  });

  it('puts every child below its parent and keeps sibling order left to right', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const first = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'first' });
    const second = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'second' });
    const layout = layoutTree(doc);
    const root = layout.boxes.get(rootId)!;
    const a = layout.boxes.get(first)!;
    const b = layout.boxes.get(second)!;
    expect(a.y).toBeGreaterThanOrEqual(root.y + root.height);
    expect(a.x + a.width).toBeLessThanOrEqual(b.x);
    expect(layout.order).toEqual([rootId, first, second]);
    expect(layout.edges).toEqual([
      { parentId: rootId, childId: first, route: 'down' },
      { parentId: rootId, childId: second, route: 'down' },
    ]);
  });

  it('hides the subtree of a collapsed node and counts what it hides', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const parent = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'p' });
    const child = addNode(doc, { parentId: parent, kind: 'opportunity', title: 'c' });
    addNode(doc, { parentId: child, kind: 'solution', title: 's' });
    doc.nodes[parent]!.collapsed = true;
    const shown = layoutTree(doc);
    expect(shown.boxes.has(child)).toBe(false);
    expect(shown.hiddenCounts.get(parent)).toBe(2);
    const everything = layoutTree(doc, { respectCollapsed: false });
    expect(everything.boxes.size).toBe(4);
  });

  it('lays out only a subtree when asked', () => {
    const doc = createBlankTree('t');
    const rootId = rootOf(doc)!.id;
    const parent = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'p' });
    const child = addNode(doc, { parentId: parent, kind: 'solution', title: 's' });
    addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'other' });
    expect(layoutTree(doc, { rootId: parent }).order).toEqual([parent, child]);
  });

  it('gives taller boxes to longer titles', () => {
    const doc = randomTree(9, 1);
    const rootId = rootOf(doc)!.id;
    const short = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'Short' });
    const long = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'A much longer title that wraps onto several lines of text' });
    const layout = layoutTree(doc);
    expect(layout.boxes.get(long)!.height).toBeGreaterThan(layout.boxes.get(short)!.height);
  });
});
