import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createFlowElements } from '../../../src/canvas/flow-elements';
import { createLayoutMemo } from '../../../src/canvas/layout-memo';
import { createBlankTree } from '../../../src/domain/new-tree';
import { EDITING_SPACING, PRESENTING_SPACING } from '../../../src/domain/node-metrics';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import type { TreeDoc } from '../../../src/domain/types';

function setup() {
  const base = createBlankTree('memo');
  const rootId = rootOf(base)!.id;
  const childId = addNode(base, { parentId: rootId, kind: 'opportunity', title: 'Short' });
  const otherId = addNode(base, { parentId: rootId, kind: 'opportunity', title: 'Other' });
  // Frozen like the store's states, so unchanged nodes keep their identity across edits.
  const doc = produce(base, () => undefined);
  return { doc, rootId, childId, otherId };
}

function retitle(doc: TreeDoc, id: string, title: string): TreeDoc {
  return produce(doc, (draft) => {
    draft.nodes[id]!.title = title;
  });
}

describe('canvas layout memo', () => {
  it('reuses the layout and every React Flow node while typing stays on the same line', () => {
    const { doc, childId } = setup();
    const layoutOf = createLayoutMemo();
    const elementsOf = createFlowElements();
    const before = elementsOf(doc, layoutOf(doc));
    const typed = retitle(doc, childId, 'Shor');
    const after = elementsOf(typed, layoutOf(typed));
    expect(layoutOf(typed)).toBe(layoutOf(doc));
    expect(after.nodes).toBe(before.nodes);
    expect(after.edges).toBe(before.edges);
  });

  it('lays out again when a title grows a line, keeping unmoved nodes as the same objects', () => {
    const { doc, childId, rootId } = setup();
    const layoutOf = createLayoutMemo();
    const elementsOf = createFlowElements();
    const before = elementsOf(doc, layoutOf(doc));
    const longer = retitle(doc, childId, 'A title long enough to wrap onto a second and then a third line of text');
    const after = elementsOf(longer, layoutOf(longer));
    expect(after.nodes).not.toBe(before.nodes);
    const grown = after.nodes.find((node) => node.id === childId)!;
    expect(grown.height).toBeGreaterThan(before.nodes.find((node) => node.id === childId)!.height!);
    // The root does not move when a child grows taller.
    expect(after.nodes.find((node) => node.id === rootId)).toBe(before.nodes.find((node) => node.id === rootId));
  });

  it('lays out again when the structure changes', () => {
    const { doc, rootId } = setup();
    const layoutOf = createLayoutMemo();
    const grown = produce(doc, (draft) => {
      addNode(draft, { parentId: rootId, kind: 'opportunity', title: 'New' });
    });
    expect(layoutOf(grown)).not.toBe(layoutOf(doc));
    expect(layoutOf(grown).order).toHaveLength(4);
  });

  it('lays out again with the presenting gaps, and edges into a stacked column carry the new lanes', () => {
    const { doc, rootId } = setup();
    const compact = produce(doc, (draft) => {
      draft.meta.settings.layout = 'compact';
    });
    const layoutOf = createLayoutMemo();
    const elementsOf = createFlowElements();
    const editing = layoutOf(compact);
    const presenting = layoutOf(compact, null, 1, PRESENTING_SPACING);
    expect(presenting).not.toBe(editing);
    expect(layoutOf(compact, null, 1, PRESENTING_SPACING)).toBe(presenting);
    const height = (layout: typeof editing) => layout.bounds.maxY - layout.bounds.minY;
    expect(height(presenting)).toBeLessThan(height(editing));
    const edges = elementsOf(compact, presenting).edges.filter((edge) => edge.source === rootId);
    expect(edges.map((edge) => edge.data?.lanes?.fromParent)).toEqual([PRESENTING_SPACING.level / 2, PRESENTING_SPACING.level / 2]);
    expect(layoutOf(compact, null, 1, EDITING_SPACING)).not.toBe(presenting);
  });
});
