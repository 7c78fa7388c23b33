import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TreeCanvas } from '../../../src/canvas/TreeCanvas';
import { createBlankTree } from '../../../src/domain/new-tree';
import { addNode } from '../../../src/domain/operations/add-node';
import { rootOf } from '../../../src/domain/tree-index';
import { renderEditor } from '../render-editor';
import { givePaneSize } from './pane-size';

function exampleDoc() {
  const doc = createBlankTree('Canvas test');
  const rootId = rootOf(doc)!.id;
  doc.nodes[rootId]!.title = 'More learners finish onboarding';
  const opportunityId = addNode(doc, { parentId: rootId, kind: 'opportunity', title: 'I do not know where to start' });
  const solutionId = addNode(doc, { parentId: opportunityId, kind: 'solution', title: 'Placement quiz' });
  return { doc, rootId, opportunityId, solutionId };
}

function canvasNode(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!element) throw new Error(`node ${id} is not on the canvas`);
  return element;
}

givePaneSize();

describe('TreeCanvas', () => {
  it('draws every node with its kind, title and worst finding badge', () => {
    const { doc, rootId, opportunityId, solutionId } = exampleDoc();
    renderEditor(doc, <TreeCanvas />);
    expect(canvasNode(rootId).querySelector('[data-kind="outcome"]')?.textContent).toContain('More learners finish onboarding');
    expect(canvasNode(opportunityId).querySelector('[data-kind="opportunity"]')).not.toBeNull();
    // The solution's opportunity has no first-hand evidence: an error on the solution.
    const badge = canvasNode(solutionId).querySelector('.finding-badge');
    expect(badge?.getAttribute('data-severity')).toBe('error');
    expect(badge?.textContent).toContain('1');
  });

  it('updates a badge as the user fixes the problem', () => {
    const { doc, opportunityId, solutionId } = exampleDoc();
    const { store } = renderEditor(doc, <TreeCanvas />);
    act(() => {
      store.getState().actions.addEvidence({ kind: 'interview', firstHand: true, summary: 'Heard it from Ana' }, opportunityId);
    });
    expect(canvasNode(solutionId).querySelector('.finding-badge[data-severity="error"]')).toBeNull();
  });

  it('adds a child with Tab on the selected node and starts editing it', () => {
    const { doc, opportunityId } = exampleDoc();
    const { store } = renderEditor(doc, <TreeCanvas />, { initialSelection: opportunityId });
    fireEvent.keyDown(screen.getByTestId('canvas'), { key: 'Tab', code: 'Tab' });
    const { editingId, doc: next } = store.getState();
    expect(editingId).not.toBeNull();
    expect(next.nodes[editingId!]).toMatchObject({ kind: 'opportunity', parentId: opportunityId });
    const editor = canvasNode(editingId!).querySelector('textarea');
    expect(editor).not.toBeNull();
    expect(document.activeElement).toBe(editor);
  });

  it('collapses a subtree with Space and shows how many nodes it hides', () => {
    const { doc, rootId, solutionId } = exampleDoc();
    renderEditor(doc, <TreeCanvas />, { initialSelection: rootId });
    fireEvent.keyDown(screen.getByTestId('canvas'), { key: ' ', code: 'Space' });
    expect(document.querySelector(`.react-flow__node[data-id="${solutionId}"]`)).toBeNull();
    expect(canvasNode(rootId).querySelector('.hidden-count')?.textContent).toBe('+2');
  });
});
