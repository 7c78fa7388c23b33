import { describe, expect, it } from 'vitest';
import { emptyChangedRows } from '../../../src/persistence/changed-rows';
import { mergeRemoteDoc } from '../../../src/store/remote-merge';
import { createEditorStore } from '../../../src/store/editor-store';
import { sampleDoc } from '../persistence/fixtures';

describe("merging another tab's save", () => {
  it('takes the other fields and keeps this tab’s unsaved fields, edit mode and undo history', () => {
    const doc = sampleDoc();
    const store = createEditorStore(doc);
    const { actions } = store.getState();
    actions.updateNode('sol', { description: 'mine, saved' });
    actions.startEditing('opp');
    actions.setTitle('opp', 'typing here');
    const unsaved = emptyChangedRows();
    unsaved.nodeIds.add('opp');
    unsaved.nodeFields.set('opp', new Set(['title']));

    const remote = sampleDoc();
    remote.nodes.opp = { ...remote.nodes.opp!, title: 'theirs', description: 'their description' };
    remote.nodes.sol = { ...remote.nodes.sol!, description: 'mine, saved', title: 'their solution title' };
    mergeRemoteDoc(store, remote, unsaved);

    const state = store.getState();
    expect(state.doc.nodes.opp?.title).toBe('typing here');
    expect(state.doc.nodes.opp?.description).toBe('their description');
    expect(state.doc.nodes.sol?.title).toBe('their solution title');
    expect(state.editingId).toBe('opp');
    expect(state.past.length).toBe(2);
    // Unchanged rows keep their identity, so memoised views of them do not recompute.
    expect(state.doc.nodes.exp).toBe(doc.nodes.exp);
  });

  it('drops an undo step whose node another tab removed, and says why', () => {
    const store = createEditorStore(sampleDoc());
    store.getState().actions.updateNode('exp', { result: 'passed' });
    const remote = sampleDoc();
    delete remote.nodes.exp;
    mergeRemoteDoc(store, remote, emptyChangedRows());
    expect(store.getState().doc.nodes.exp).toBeUndefined();
    store.getState().actions.undo();
    expect(store.getState().past).toHaveLength(0);
    expect(store.getState().notice?.message).toMatch(/another tab/);
  });
});
