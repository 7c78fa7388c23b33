import { describe, expect, it } from 'vitest';
import { createBlankTree } from '../../../src/domain/new-tree';
import { rootOf } from '../../../src/domain/tree-index';
import { createEditorStore } from '../../../src/store/editor-store';
import { blankStore } from './blank-store';

describe('editor store', () => {
  it('adds a child of the default kind, selects it and starts editing it', () => {
    const { store, rootId, actions } = blankStore();
    const id = actions.addChild(rootId)!;
    const state = store.getState();
    expect(state.doc.nodes[id]).toMatchObject({ kind: 'opportunity', parentId: rootId, title: '' });
    expect(state.selectedId).toBe(id);
    expect(state.editingId).toBe(id);
  });

  it('makes one undo step of a whole title edit session, not one per keystroke', () => {
    const { store, rootId, actions } = blankStore();
    actions.startEditing(rootId);
    for (const text of ['M', 'Mo', 'Mor', 'More learners']) actions.setTitle(rootId, text);
    actions.stopEditing();
    expect(store.getState().past).toHaveLength(1);
    actions.undo();
    expect(store.getState().doc.nodes[rootId]!.title).toBe('');
    actions.redo();
    expect(store.getState().doc.nodes[rootId]!.title).toBe('More learners');
  });

  it('keeps two separate edit sessions as two undo steps', () => {
    const { store, rootId, actions } = blankStore();
    actions.startEditing(rootId);
    actions.setTitle(rootId, 'First');
    actions.stopEditing();
    actions.startEditing(rootId);
    actions.setTitle(rootId, 'Second');
    actions.stopEditing();
    actions.undo();
    expect(store.getState().doc.nodes[rootId]!.title).toBe('First');
  });

  it('undoes and redoes add, move and delete, restoring the selection', () => {
    const { store, rootId, actions } = blankStore();
    const first = actions.addChild(rootId, 'opportunity')!;
    const second = actions.addSibling(first)!;
    const solution = actions.addChild(second, 'solution')!;
    actions.stopEditing();
    expect(actions.moveNode({ id: solution, newParentId: first })).toBe(true);
    expect(store.getState().doc.nodes[solution]!.parentId).toBe(first);
    actions.undo();
    expect(store.getState().doc.nodes[solution]!.parentId).toBe(second);
    actions.select(second);
    actions.deleteSubtree(second);
    expect(store.getState().doc.nodes[second]).toBeUndefined();
    expect(store.getState().doc.nodes[solution]).toBeUndefined();
    actions.undo();
    expect(store.getState().doc.nodes[solution]!.parentId).toBe(second);
    expect(store.getState().selectedId).toBe(second);
    actions.redo();
    expect(store.getState().doc.nodes[second]).toBeUndefined();
  });

  it('refuses a move that breaks the kind rules, says why and changes nothing', () => {
    const { store, rootId, actions } = blankStore();
    const opportunity = actions.addChild(rootId, 'opportunity')!;
    const solution = actions.addChild(opportunity, 'solution')!;
    const before = store.getState().doc;
    expect(actions.moveNode({ id: solution, newParentId: rootId })).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.getState().notice?.message).toMatch(/cannot go under an outcome/i);
  });

  it('refuses to move a node into its own subtree', () => {
    const { store, rootId, actions } = blankStore();
    const parent = actions.addChild(rootId, 'opportunity')!;
    const child = actions.addChild(parent, 'opportunity')!;
    expect(actions.moveNode({ id: parent, newParentId: child })).toBe(false);
    expect(store.getState().notice?.message).toMatch(/own subtree/);
  });

  it('reports every change, including undo and redo, to persistence as patches', () => {
    const { rootId, saved, actions } = blankStore();
    actions.addChild(rootId, 'opportunity');
    actions.undo();
    actions.redo();
    expect(saved).toHaveLength(3);
    expect(saved.every((patches) => patches.every((patch) => patch.path[0] === 'nodes'))).toBe(true);
  });

  it('collapses without adding an undo step, but still persists it', () => {
    const { store, rootId, saved, actions } = blankStore();
    actions.addChild(rootId, 'opportunity');
    const steps = store.getState().past.length;
    actions.toggleCollapsed(rootId);
    expect(store.getState().doc.nodes[rootId]!.collapsed).toBe(true);
    expect(store.getState().past).toHaveLength(steps);
    expect(saved.at(-1)?.[0]?.path).toEqual(['nodes', rootId, 'collapsed']);
  });

  it('clears redo history after a new change', () => {
    const { store, rootId, actions } = blankStore();
    actions.addChild(rootId, 'opportunity');
    actions.undo();
    expect(store.getState().future).toHaveLength(1);
    actions.addChild(rootId, 'opportunity');
    expect(store.getState().future).toHaveLength(0);
  });
});

describe('naming a new tree', () => {
  it('names an untitled tree after its outcome until the tree is named', () => {
    const { store, rootId, actions } = blankStore();
    store.getState().actions.setTreeTitle('Untitled tree');
    actions.startEditing(rootId);
    actions.setTitle(rootId, 'More learners finish onboarding');
    expect(store.getState().doc.meta.title).toBe('More learners finish onboarding');
    actions.setTreeTitle('Onboarding discovery');
    actions.setTitle(rootId, 'Fewer learners drop out in week one');
    expect(store.getState().doc.meta.title).toBe('Onboarding discovery');
  });
});

describe('revealing a node', () => {
  it('selects it, expands the collapsed branches above it and asks the canvas to centre it', () => {
    const { store, rootId, actions } = blankStore();
    const parent = actions.addChild(rootId, 'opportunity')!;
    const child = actions.addChild(parent, 'solution')!;
    actions.stopEditing();
    actions.toggleCollapsed(parent, true);
    actions.select(rootId);
    actions.reveal(child);
    expect(store.getState().selectedId).toBe(child);
    expect(store.getState().doc.nodes[parent]!.collapsed).toBeUndefined();
    const first = store.getState().revealRequest;
    actions.reveal(child);
    expect(store.getState().revealRequest).not.toEqual(first);
  });
});

describe('deferred validation', () => {
  it('shows findings for the latest change right after it is painted, not within the keystroke', async () => {
    const doc = createBlankTree('Deferred');
    const rootId = rootOf(doc)!.id;
    const store = createEditorStore(doc, { deferValidation: true, initialSelection: rootId });
    const { actions } = store.getState();
    actions.startEditing(rootId);
    actions.setTitle(rootId, 'M');
    actions.setTitle(rootId, 'Mo');
    expect(store.getState().checkedDoc).not.toBe(store.getState().doc);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getState().checkedDoc).toBe(store.getState().doc);
  });

  it('keeps findings in step with every change when not deferred', () => {
    const { store, rootId, actions } = blankStore();
    actions.addChild(rootId, 'opportunity');
    expect(store.getState().checkedDoc).toBe(store.getState().doc);
  });
});

describe('inspector field sessions', () => {
  it('merges every write of one focused field into one undo step', () => {
    const { store, rootId, actions } = blankStore();
    actions.beginFieldEdit('description');
    actions.updateNode(rootId, { description: 'Learners who' });
    actions.updateNode(rootId, { description: 'Learners who practise daily' });
    actions.endFieldEdit();
    actions.updateNode(rootId, { description: 'Changed later' });
    expect(store.getState().past).toHaveLength(2);
    actions.undo();
    expect(store.getState().doc.nodes[rootId]!.description).toBe('Learners who practise daily');
    actions.undo();
    expect(store.getState().doc.nodes[rootId]!.description).toBeUndefined();
  });
});
