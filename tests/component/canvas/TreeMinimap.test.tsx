import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TreeCanvas } from '../../../src/canvas/TreeCanvas';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import { renderEditor } from '../render-editor';
import { givePaneSize } from './pane-size';

givePaneSize();

function wideTree() {
  const doc = createBlankTree('Minimap');
  const rootId = rootOf(doc)!.id;
  for (let index = 0; index < 12; index++) addNode(doc, { parentId: rootId, kind: 'opportunity', title: `Need ${index}` });
  return doc;
}

function viewTransform(): string {
  return document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
}

describe('TreeMinimap', () => {
  it('outlines the part of the tree in view, smaller than the whole map when zoomed in', () => {
    renderEditor(wideTree(), <TreeCanvas />);
    const outline = document.querySelector<HTMLElement>('.tree-minimap-view')!;
    const width = Number.parseFloat(outline.style.width);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThan(160);
  });

  it('moves the view to the point clicked on the map', () => {
    renderEditor(wideTree(), <TreeCanvas />);
    const before = viewTransform();
    fireEvent.pointerDown(document.querySelector('.tree-minimap')!, { clientX: 5, clientY: 60, pointerId: 1, buttons: 1 });
    expect(viewTransform()).not.toBe(before);
  });
});
