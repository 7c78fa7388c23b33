import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

function picker() {
  return within(screen.getByTestId('evidence-picker'));
}

describe('Evidence in the inspector', () => {
  it('records new evidence and links it to the node in one undoable step', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-assumed' });
    await user.click(picker().getByRole('button', { name: 'New evidence…' }));
    const form = within(screen.getByRole('form', { name: 'New evidence' }));
    await user.selectOptions(form.getByLabelText('Kind'), 'observation');
    expect((form.getByLabelText(/First-hand/) as HTMLInputElement).checked).toBe(true);
    await user.type(form.getByLabelText('Summary (required)'), 'Sam skipped practice after dinner twice');
    await user.type(form.getByLabelText('Source (who or where)'), 'Home visit, Sam');
    await user.click(form.getByRole('button', { name: 'Add and link' }));

    const doc = store.getState().doc;
    const linked = doc.nodes['opp-assumed']?.evidenceIds ?? [];
    expect(linked).toHaveLength(1);
    const added = doc.evidence[linked[0] ?? ''];
    expect(added).toMatchObject({ kind: 'observation', firstHand: true, summary: 'Sam skipped practice after dinner twice', source: 'Home visit, Sam' });
    expect(added && 'quote' in added).toBe(false);
    expect(within(screen.getByRole('list', { name: 'Linked evidence' })).getByText('Sam skipped practice after dinner twice')).toBeTruthy();

    act(() => store.getState().actions.undo());
    expect(store.getState().doc.nodes['opp-assumed']?.evidenceIds).toBeUndefined();
    expect(Object.keys(store.getState().doc.evidence)).toEqual(['ev-interview', 'ev-survey']);
  });

  it('defaults "first-hand" by kind until the user sets it', async () => {
    const user = userEvent.setup();
    renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-assumed' });
    await user.click(picker().getByRole('button', { name: 'New evidence…' }));
    const form = within(screen.getByRole('form', { name: 'New evidence' }));
    const firstHand = form.getByLabelText(/First-hand/) as HTMLInputElement;
    expect(firstHand.checked).toBe(true);
    await user.selectOptions(form.getByLabelText('Kind'), 'survey');
    expect(firstHand.checked).toBe(false);
    await user.click(firstHand);
    await user.selectOptions(form.getByLabelText('Kind'), 'analytics');
    expect(firstHand.checked).toBe(true);
  });

  it('needs a summary before it adds anything', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-assumed' });
    await user.click(picker().getByRole('button', { name: 'New evidence…' }));
    await user.click(screen.getByRole('button', { name: 'Add and link' }));
    expect(screen.getByText('Write a one-line summary of what you heard or saw.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Summary (required)'));
    expect(Object.keys(store.getState().doc.evidence)).toHaveLength(2);
  });

  it('finds evidence already in the tree by its text and links it', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-assumed' });
    const search = picker().getByLabelText('Link evidence already in this tree');
    await user.type(search, 'spring survey');
    const results = within(picker().getByRole('list', { name: 'Evidence you can link' }));
    expect(results.queryByText('Dana lost a 40-day streak on holiday')).toBeNull();
    await user.click(results.getByRole('button', { name: 'Link “Evening is the most common practice time”' }));
    expect(store.getState().doc.nodes['opp-assumed']?.evidenceIds).toEqual(['ev-survey']);
  });

  it('does not offer evidence the node already links', () => {
    renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-heard' });
    const results = within(picker().getByRole('list', { name: 'Evidence you can link' }));
    expect(results.queryByText('Dana lost a 40-day streak on holiday')).toBeNull();
    expect(results.getByText('Evening is the most common practice time')).toBeTruthy();
  });

  it('unlinks evidence and keeps it in the library', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-heard' });
    await user.click(screen.getByRole('button', { name: 'Unlink “Dana lost a 40-day streak on holiday”' }));
    expect(store.getState().doc.nodes['opp-heard']?.evidenceIds).toBeUndefined();
    expect(store.getState().doc.evidence['ev-interview']).toBeDefined();
  });

  it('shows a linked web address as a link that opens safely, and anything else as plain text', () => {
    const { store } = renderEditor(sampleTree(), <Inspector />, { initialSelection: 'opp-heard' });
    act(() => store.getState().actions.linkEvidence('opp-heard', 'ev-survey'));
    const list = screen.getByRole('list', { name: 'Linked evidence' });
    const link = within(list).getByRole('link');
    expect(link.getAttribute('href')).toBe('https://research.example.com/dana');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const unsafe = within(list).getByText('javascript:alert(document.cookie)');
    expect(unsafe.closest('a')).toBeNull();
    expect(list.querySelectorAll('a')).toHaveLength(1);
  });
});
