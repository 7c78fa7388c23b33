import { describe, expect, it } from 'vitest';
import { blankStore } from './blank-store';

describe('finishing an edit (DESIGN.md: a new node left empty is removed when editing ends)', () => {
  it('takes back a node just added and left empty, with no undo step left behind', () => {
    const { store, rootId, saved, actions } = blankStore();
    const id = actions.addChild(rootId)!;
    expect(actions.finishEditing()).toBe(true);
    const state = store.getState();
    expect(state.doc.nodes[id]).toBeUndefined();
    expect(state.editingId).toBeNull();
    expect(state.selectedId).toBe(rootId);
    expect(state.past).toHaveLength(0);
    // Persistence hears of the removal, so the stored tree does not keep the node either.
    expect(saved[saved.length - 1]).toEqual([{ op: 'remove', path: ['nodes', id] }]);
  });

  it('also takes back a node whose title was typed and then erased, or is only spaces', () => {
    const { store, rootId, actions } = blankStore();
    const id = actions.addChild(rootId)!;
    for (const text of ['W', 'Wh', 'W', '', '  ']) actions.setTitle(id, text);
    expect(actions.finishEditing()).toBe(true);
    expect(store.getState().doc.nodes[id]).toBeUndefined();
    expect(store.getState().past).toHaveLength(0);
  });

  it('keeps a new node that got a title, as one add step and one title step', () => {
    const { store, rootId, actions } = blankStore();
    const id = actions.addChild(rootId)!;
    actions.setTitle(id, 'Learners forget');
    expect(actions.finishEditing()).toBe(false);
    expect(store.getState().doc.nodes[id]?.title).toBe('Learners forget');
    expect(store.getState().past.map((entry) => entry.label)).toEqual(['Add node', 'Edit title']);
  });

  it('keeps an existing node whose title is erased: text is never thrown away by leaving', () => {
    const { store, rootId, actions } = blankStore();
    actions.startEditing(rootId);
    actions.setTitle(rootId, '');
    expect(actions.finishEditing()).toBe(false);
    expect(store.getState().doc.nodes[rootId]).toBeDefined();
  });

  it('keeps an empty new node that has a child under it (Tab while editing)', () => {
    const { store, rootId, actions } = blankStore();
    const parent = actions.addChild(rootId)!;
    actions.stopEditing();
    const child = actions.addChild(parent)!;
    actions.setTitle(child, 'Named child');
    actions.finishEditing();
    actions.startEditing(parent);
    expect(actions.finishEditing()).toBe(false);
    expect(store.getState().doc.nodes[parent]).toBeDefined();
  });

  it('removes only the node being named, leaving earlier steps to undo', () => {
    const { store, rootId, actions } = blankStore();
    const first = actions.addChild(rootId)!;
    actions.setTitle(first, 'First');
    actions.finishEditing();
    const second = actions.addSibling(first)!;
    expect(actions.finishEditing()).toBe(true);
    expect(store.getState().doc.nodes[second]).toBeUndefined();
    expect(store.getState().selectedId).toBe(first);
    actions.undo();
    expect(store.getState().doc.nodes[first]?.title).toBe('');
  });
});
