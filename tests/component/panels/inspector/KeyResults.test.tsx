import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { localToday } from '../../../../src/domain/key-results/calendar-date';
import { runFix } from '../../../../src/panels/findings/run-fix';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { buildDoc, outcome } from '../../../unit/domain/rules/build-doc';
import { renderEditor } from '../../render-editor';

function renderOutcome(keyResults = outcome().keyResults) {
  return renderEditor(buildDoc(outcome([], { keyResults })), <Inspector />, { initialSelection: 'outcome' });
}

const panel = () => within(screen.getByTestId('inspector'));
const cards = () => screen.getByTestId('inspector').querySelectorAll<HTMLElement>('[data-kr-card]');
const card = (index: number) => within(cards()[index]!);

describe('key results in the inspector', () => {
  it('adds a key result with the keyboard and lands in its name field', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome([]);
    panel().getByTestId('add-key-result').focus();
    await user.keyboard('{Enter}');
    const name = card(0).getByLabelText('What changes (behaviour)');
    expect(document.activeElement).toBe(name);
    await user.keyboard('Learners who finish a streak{Tab}20{Tab}30{Tab}%{Tab}');
    expect(document.activeElement).toBe(card(0).getByLabelText('Direction'));
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]).toMatchObject({ name: 'Learners who finish a streak', baseline: 20, target: 30, unit: '%' });
  });

  it('keeps a space or a decimal point typed just before a pause (the write during the pause is normalised)', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome([]);
    panel().getByTestId('add-key-result').focus();
    await user.keyboard('{Enter}');
    await user.keyboard('Minutes to ');
    // The idle write stores the name trimmed; the field keeps the space just typed.
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]?.name).toBe('Minutes to');
    await user.keyboard('a first lesson{Tab}12.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
    await user.keyboard('5{Tab}');
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]).toMatchObject({ name: 'Minutes to a first lesson', baseline: 12.5 });
  });

  it('records a check-in in a couple of keys: the value, then Enter, dated today', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome();
    await user.type(card(0).getByLabelText('New check-in value'), '26{Enter}');
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]?.checkIns).toEqual([{ date: localToday(), value: 26 }]);
    expect(card(0).getByTestId('kr-progress').textContent).toBe(`50 % of the way · now 26% (${localToday()})`);
    expect(card(0).getByTestId('kr-chart')).toBeTruthy();
  });

  it('refuses a value that is not a number, keeping what was typed', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome();
    const value = card(0).getByLabelText('New check-in value');
    await user.type(value, 'lots{Enter}');
    expect(card(0).getByRole('alert').textContent).toContain('Enter a number');
    expect((value as HTMLInputElement).value).toBe('lots');
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]?.checkIns).toBeUndefined();
  });

  it('edits and deletes a check-in', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome([{ id: 'kr', name: 'Streaks', baseline: 20, target: 30, checkIns: [{ date: '2026-11-02', value: 21 }] }]);
    const value = card(0).getByLabelText('Value');
    await user.clear(value);
    await user.type(value, '22{Enter}');
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]?.checkIns).toEqual([{ date: '2026-11-02', value: 22 }]);
    await user.click(card(0).getByRole('button', { name: 'Delete the check-in of 22 on 2026-11-02' }));
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]).not.toHaveProperty('checkIns');
  });

  it('reorders and removes key results with buttons', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome([
      { id: 'a', name: 'First' },
      { id: 'b', name: 'Second' },
    ]);
    await user.click(card(1).getByRole('button', { name: 'Move key result 2 up' }));
    expect(store.getState().doc.nodes.outcome?.keyResults?.map((kr) => kr.id)).toEqual(['b', 'a']);
    expect((card(0).getByRole('button', { name: 'Move key result 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(card(0).getByRole('button', { name: 'Remove key result 1' }));
    expect(store.getState().doc.nodes.outcome?.keyResults?.map((kr) => kr.id)).toEqual(['a']);
  });

  it('makes one focus session in a key result field one undo step', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome();
    const name = card(0).getByLabelText('What changes (behaviour)');
    await user.clear(name);
    await user.type(name, 'Learners{Enter} who finish{Enter}');
    await user.tab();
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]?.name).toBe('Learners who finish');
    act(() => store.getState().actions.undo());
    expect(store.getState().doc.nodes.outcome?.keyResults?.[0]?.name).toBe('Streak completion');
  });

  it('writes the objective and business goal', async () => {
    const user = userEvent.setup();
    const { store } = renderOutcome();
    await user.type(panel().getByLabelText('Objective'), 'Learning becomes a habit');
    await user.type(panel().getByLabelText('Business goal'), 'Grow renewals');
    await user.tab();
    expect(store.getState().doc.nodes.outcome).toMatchObject({ objective: 'Learning becomes a habit', businessGoal: 'Grow renewals' });
  });

  it('takes a finding’s fix to the right field of the right key result', () => {
    const { store } = renderOutcome([
      { id: 'a', name: 'Downloads' },
      { id: 'b', name: 'Streaks', baseline: 1, target: 2 },
    ]);
    const actions = store.getState().actions;
    act(() => runFix({ kind: 'record-check-in', label: '', nodeId: 'outcome', keyResultId: 'b' }, actions));
    expect(document.activeElement).toBe(card(1).getByLabelText('New check-in value'));
    act(() => runFix({ kind: 'revisit-target', label: '', nodeId: 'outcome', keyResultId: 'b' }, actions));
    expect(document.activeElement).toBe(card(1).getByLabelText('Target'));
    act(() => runFix({ kind: 'complete-key-result', label: '', nodeId: 'outcome', keyResultId: 'a' }, actions));
    expect(document.activeElement).toBe(card(0).getByLabelText('Baseline'));
    act(() => runFix({ kind: 'add-key-result', label: '', nodeId: 'outcome' }, actions));
    expect(cards()).toHaveLength(3);
    expect(document.activeElement).toBe(card(2).getByLabelText('What changes (behaviour)'));
  });
});
