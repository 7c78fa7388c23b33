import { describe, expect, it } from 'vitest';
import { layoutTree } from '../../../src/domain/layout';
import { neighbour } from '../../../src/domain/navigation';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';

describe('arrow keys follow the layout', () => {
  const doc = createBlankTree('t');
  const rootId = rootOf(doc)!.id;
  const first = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'first' });
  const second = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'second' });

  it('top-down: ↓ first child, ↑ parent, → next at the same level', () => {
    const layout = layoutTree(doc, { kind: 'tidy' });
    expect(neighbour(doc, layout, rootId, 'down')).toBe(first);
    expect(neighbour(doc, layout, first, 'up')).toBe(rootId);
    expect(neighbour(doc, layout, first, 'right')).toBe(second);
  });

  it('left to right: → first child, ← parent, ↓ next at the same level', () => {
    const layout = layoutTree(doc, { kind: 'left-right' });
    expect(neighbour(doc, layout, rootId, 'right')).toBe(first);
    expect(neighbour(doc, layout, first, 'left')).toBe(rootId);
    expect(neighbour(doc, layout, first, 'down')).toBe(second);
    expect(neighbour(doc, layout, second, 'up')).toBe(first);
  });
});
