import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { IDLE_COMMIT_MS } from '../../../../src/panels/inspector/use-draft-field';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

function renderInspector(selected: string | null) {
  return renderEditor(sampleTree(), <Inspector />, { initialSelection: selected });
}

function inspector() {
  return within(screen.getByTestId('inspector'));
}

describe('Inspector', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('with nothing selected, shows the tree at a glance and how to start by keyboard', () => {
    renderInspector(null);
    const panel = inspector();
    expect(panel.getByRole('heading', { name: 'Test tree' })).toBeTruthy();
    expect(panel.getByText('2 opportunities')).toBeTruthy();
    expect(panel.getByText('2 evidence items, 1 first-hand', { exact: false })).toBeTruthy();
    expect(panel.getByText('add a child')).toBeTruthy();
    expect(panel.getByText('F2')).toBeTruthy();
  });

  it('shows the selected node’s kind by name, not by colour alone', () => {
    renderInspector('sol-freeze');
    const heading = inspector().getByRole('heading', { level: 2 });
    expect(heading.textContent).toContain('Solution');
    expect(heading.querySelector('svg.kind-icon')).not.toBeNull();
  });

  it('writes a title typed in several keystrokes as one undo step, when the field loses focus', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('opp-heard');
    const title = inspector().getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'Streaks break on trips');
    expect(store.getState().doc.nodes['opp-heard']?.title).toBe('I lose my streak when I travel');
    await user.tab();
    expect(store.getState().doc.nodes['opp-heard']?.title).toBe('Streaks break on trips');
    act(() => store.getState().actions.undo());
    expect(store.getState().doc.nodes['opp-heard']?.title).toBe('I lose my streak when I travel');
    expect((title as HTMLTextAreaElement).value).toBe('I lose my streak when I travel');
  });

  it('writes a draft after a pause in typing, so a reload loses nothing', () => {
    vi.useFakeTimers();
    const { store } = renderInspector('opp-heard');
    fireEvent.change(inspector().getByLabelText('Description'), { target: { value: 'Seen in 4 of 6 interviews' } });
    act(() => vi.advanceTimersByTime(IDLE_COMMIT_MS - 50));
    expect(store.getState().doc.nodes['opp-heard']?.description).toBeUndefined();
    act(() => vi.advanceTimersByTime(100));
    expect(store.getState().doc.nodes['opp-heard']?.description).toBe('Seen in 4 of 6 interviews');
  });

  it('keeps one focus session in a field as one undo step, pauses in typing included', () => {
    vi.useFakeTimers();
    const { store } = renderInspector('opp-heard');
    const description = inspector().getByLabelText('Description');
    const stepsBefore = store.getState().past.length;
    fireEvent.focus(description);
    fireEvent.change(description, { target: { value: 'Seen in 4' } });
    act(() => vi.advanceTimersByTime(IDLE_COMMIT_MS + 50));
    fireEvent.change(description, { target: { value: 'Seen in 4 of 6 interviews' } });
    fireEvent.blur(description);
    expect(store.getState().doc.nodes['opp-heard']?.description).toBe('Seen in 4 of 6 interviews');
    expect(store.getState().past.length).toBe(stepsBefore + 1);
    act(() => store.getState().actions.undo());
    expect(store.getState().doc.nodes['opp-heard']?.description).toBeUndefined();
  });

  it('writes what was typed to the node it belongs to when the selection moves on', () => {
    const { store } = renderInspector('opp-heard');
    fireEvent.change(inspector().getByLabelText('Description'), { target: { value: 'Half-typed note' } });
    act(() => store.getState().actions.select('opp-assumed'));
    expect(store.getState().doc.nodes['opp-heard']?.description).toBe('Half-typed note');
    expect(store.getState().doc.nodes['opp-assumed']?.description).toBeUndefined();
    expect((inspector().getByLabelText('Description') as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps a line break out of a title: Enter commits it', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('sol-freeze');
    const title = inspector().getByLabelText('Title');
    await user.type(title, ' for trips{Enter}');
    expect(store.getState().doc.nodes['sol-freeze']?.title).toBe('Streak freeze for trips');
  });

  it('marks and unmarks the target opportunity', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('opp-heard');
    const checkbox = inspector().getByLabelText('Target opportunity — the one the team is working on now');
    await user.click(checkbox);
    expect(store.getState().doc.nodes['opp-heard']?.target).toBe(true);
    await user.click(checkbox);
    expect(store.getState().doc.nodes['opp-heard']?.target).toBeUndefined();
  });

  it('edits an experiment’s assumption, its type, success criterion and result', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('exp-reminder');
    await user.type(inspector().getByLabelText('Assumption being tested'), 'Learners want a nudge');
    await user.selectOptions(inspector().getByLabelText('Assumption type'), 'desirability');
    await user.type(inspector().getByLabelText('Result'), '41 % opted in');
    await user.tab();
    const experiment = store.getState().doc.nodes['exp-reminder'];
    expect(experiment?.assumption).toBe('Learners want a nudge');
    expect(experiment?.assumptionType).toBe('desirability');
    expect(experiment?.result).toBe('41 % opted in');

    await user.clear(inspector().getByLabelText('Success criterion'));
    await user.tab();
    expect(store.getState().doc.nodes['exp-reminder']?.successCriterion).toBeUndefined();
  });

  it('takes votes as a whole number of zero or more', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('sol-freeze');
    const votes = inspector().getByLabelText('Votes');
    await user.type(votes, '-2{Enter}');
    expect(inspector().getByRole('alert').textContent).toContain('whole number');
    expect(store.getState().doc.nodes['sol-freeze']?.votes).toBeUndefined();
    await user.clear(votes);
    await user.type(votes, '5{Enter}');
    expect(store.getState().doc.nodes['sol-freeze']?.votes).toBe(5);
  });

  it('changes the status among the kind’s statuses', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('exp-reminder');
    const status = inspector().getByLabelText('Status') as HTMLSelectElement;
    expect(Array.from(status.options).map((option) => option.value)).toEqual(['planned', 'running', 'passed', 'failed', 'inconclusive']);
    await user.selectOptions(status, 'failed');
    expect(store.getState().doc.nodes['exp-reminder']?.status).toBe('failed');
  });
});

describe('Inspector status gate', () => {
  it('locks building a solution whose problem has no first-hand evidence, and says why and how to fix it', () => {
    renderInspector('sol-reminder');
    const status = inspector().getByLabelText('Status') as HTMLSelectElement;
    const building = Array.from(status.options).find((option) => option.value === 'building');
    const validated = Array.from(status.options).find((option) => option.value === 'validated');
    expect(building?.disabled).toBe(true);
    expect(validated?.disabled).toBe(false);
    const gate = screen.getByTestId('status-gate');
    expect(gate.textContent).toContain('Building and Shipped locked');
    expect(gate.textContent).toContain('first-hand');
    expect(status.getAttribute('aria-describedby')).toContain(gate.id);
  });

  it('keeps the real status and shows the reason when a locked status is forced', () => {
    const { store } = renderInspector('sol-reminder');
    const status = inspector().getByLabelText('Status') as HTMLSelectElement;
    fireEvent.change(status, { target: { value: 'shipped' } });
    expect(store.getState().doc.nodes['sol-reminder']?.status).toBe('testing');
    expect(status.value).toBe('testing');
    expect(screen.getByTestId('status-refused').textContent).toContain("can't ship yet");
  });

  it('unlocks building once the opportunity has first-hand evidence', () => {
    renderInspector('sol-freeze');
    const status = inspector().getByLabelText('Status') as HTMLSelectElement;
    expect(Array.from(status.options).every((option) => !option.disabled)).toBe(true);
    expect(screen.queryByTestId('status-gate')).toBeNull();
  });

  it('takes the user from the gate to the opportunity’s evidence picker', async () => {
    const user = userEvent.setup();
    const { store } = renderInspector('sol-reminder');
    await user.click(inspector().getByRole('button', { name: 'Link evidence to the opportunity…' }));
    expect(store.getState().selectedId).toBe('opp-assumed');
    expect(document.activeElement).toBe(inspector().getByLabelText('Link evidence already in this tree'));
  });
});
