import { describe, expect, it } from 'vitest';
import { MAX_KEY_RESULTS_PER_OUTCOME } from '../../../src/domain/file-format/limits';
import { createEditorStore } from '../../../src/store/editor-store';
import { buildDoc, outcome } from '../domain/rules/build-doc';

function storeWithOutcome() {
  return createEditorStore(buildDoc(outcome([{ kind: 'opportunity', id: 'opp' }], { keyResults: undefined })));
}

const keyResultsOf = (store: ReturnType<typeof storeWithOutcome>) => store.getState().doc.nodes.outcome?.keyResults;

describe('key result actions', () => {
  it('add, edit, reorder and remove key results, each one undo step', () => {
    const store = storeWithOutcome();
    const { actions } = store.getState();
    const first = actions.addKeyResult('outcome', { name: 'Streaks' })!;
    const second = actions.addKeyResult('outcome')!;
    expect(keyResultsOf(store)?.map((kr) => kr.id)).toEqual([first, second]);
    expect(actions.updateKeyResult('outcome', second, { name: 'Minutes', baseline: 12, target: 8, direction: 'decrease' })).toBe(true);
    expect(keyResultsOf(store)?.[1]).toEqual({ id: second, name: 'Minutes', baseline: 12, target: 8, direction: 'decrease' });
    actions.moveKeyResult('outcome', second, -1);
    expect(keyResultsOf(store)?.map((kr) => kr.id)).toEqual([second, first]);
    actions.moveKeyResult('outcome', second, -1);
    expect(keyResultsOf(store)?.map((kr) => kr.id)).toEqual([second, first]);
    actions.deleteKeyResult('outcome', second);
    actions.deleteKeyResult('outcome', first);
    expect(store.getState().doc.nodes.outcome).not.toHaveProperty('keyResults');
    // Undo back past both deletes, the reorder, the edit and the second add (the no-op move made no step).
    for (let step = 0; step < 5; step++) actions.undo();
    expect(keyResultsOf(store)?.map((kr) => kr.id)).toEqual([first]);
  });

  it('records check-ins in date order, edits and deletes them', () => {
    const store = storeWithOutcome();
    const { actions } = store.getState();
    const id = actions.addKeyResult('outcome', { name: 'Streaks', baseline: 20, target: 30 })!;
    expect(actions.addCheckIn('outcome', id, { date: '2026-11-16', value: 23 })).toBe(0);
    expect(actions.addCheckIn('outcome', id, { date: '2026-11-02', value: 21, note: 'first' })).toBe(0);
    expect(actions.addCheckIn('outcome', id, { date: '2026-11-23', value: 25, note: '  ' })).toBe(2);
    expect(keyResultsOf(store)?.[0]?.checkIns).toEqual([
      { date: '2026-11-02', value: 21, note: 'first' },
      { date: '2026-11-16', value: 23 },
      { date: '2026-11-23', value: 25 },
    ]);
    // Moving a check-in to a later date moves it in the list.
    expect(actions.updateCheckIn('outcome', id, 0, { date: '2026-11-30', value: 26 })).toBe(2);
    expect(keyResultsOf(store)?.[0]?.checkIns?.map((checkIn) => checkIn.value)).toEqual([23, 25, 26]);
    actions.deleteCheckIn('outcome', id, 1);
    expect(keyResultsOf(store)?.[0]?.checkIns?.map((checkIn) => checkIn.value)).toEqual([23, 26]);
    actions.undo();
    expect(keyResultsOf(store)?.[0]?.checkIns?.map((checkIn) => checkIn.value)).toEqual([23, 25, 26]);
  });

  it('refuses what the file could not carry, with a notice, and changes nothing', () => {
    const store = storeWithOutcome();
    const { actions } = store.getState();
    const id = actions.addKeyResult('outcome')!;
    const before = store.getState().doc;
    expect(actions.addCheckIn('outcome', id, { date: '2026-02-30', value: 1 })).toBeNull();
    expect(store.getState().notice?.message).toContain('needs a date');
    expect(actions.addCheckIn('outcome', id, { date: '2026-02-01', value: Number.NaN })).toBeNull();
    expect(actions.updateKeyResult('outcome', id, { target: Number.POSITIVE_INFINITY })).toBe(false);
    expect(actions.addKeyResult('opp')).toBeNull();
    expect(store.getState().notice?.message).toBe('Only an outcome has key results.');
    expect(store.getState().doc).toBe(before);
  });

  it('stops at the key result limit', () => {
    const store = storeWithOutcome();
    const { actions } = store.getState();
    for (let i = 0; i < MAX_KEY_RESULTS_PER_OUTCOME; i++) actions.addKeyResult('outcome');
    expect(actions.addKeyResult('outcome')).toBeNull();
    expect(keyResultsOf(store)).toHaveLength(MAX_KEY_RESULTS_PER_OUTCOME);
  });

  it('merges edits made while one inspector field has focus into one undo step', () => {
    const store = storeWithOutcome();
    const { actions } = store.getState();
    const id = actions.addKeyResult('outcome')!;
    actions.beginFieldEdit('name-field');
    actions.updateKeyResult('outcome', id, { name: 'Str' });
    actions.updateKeyResult('outcome', id, { name: 'Streaks' });
    actions.endFieldEdit();
    actions.undo();
    expect(keyResultsOf(store)?.[0]?.name).toBe('');
  });
});
