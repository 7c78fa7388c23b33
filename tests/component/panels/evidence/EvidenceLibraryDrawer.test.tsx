import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EvidenceLibraryDrawer } from '../../../../src/panels/evidence/EvidenceLibraryDrawer';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

function renderLibrary(onClose: () => void = () => {}) {
  return renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={onClose} />);
}

function library() {
  return within(screen.getByTestId('evidence-library'));
}

function item(id: string): HTMLElement {
  const element = screen.getByTestId('evidence-library').querySelector<HTMLElement>(`[data-evidence-id="${id}"]`);
  if (!element) throw new Error(`No evidence item ${id} in the library`);
  return element;
}

function shownIds(): string[] {
  return Array.from(screen.getByTestId('evidence-library').querySelectorAll('[data-evidence-id]')).map(
    (element) => element.getAttribute('data-evidence-id') ?? '',
  );
}

describe('Evidence library drawer', () => {
  it('renders nothing while closed', () => {
    renderEditor(sampleTree(), <EvidenceLibraryDrawer open={false} onClose={() => {}} />);
    expect(screen.queryByTestId('evidence-library')).toBeNull();
  });

  it('is a labelled dialog that takes focus into its search field', () => {
    renderLibrary();
    expect(screen.getByRole('dialog', { name: 'Evidence library' })).toBe(screen.getByTestId('evidence-library'));
    expect(document.activeElement).toBe(library().getByLabelText('Search'));
  });

  it('lists every item with its kind, first- or second-hand, and how many nodes use it', () => {
    renderLibrary();
    expect(shownIds()).toEqual(['ev-interview', 'ev-survey']);
    expect(within(item('ev-interview')).getByText('Interview')).toBeTruthy();
    expect(within(item('ev-interview')).getByText('First-hand')).toBeTruthy();
    expect(within(item('ev-interview')).getByText('Used by 1 node')).toBeTruthy();
    expect(within(item('ev-survey')).getByText('Second-hand')).toBeTruthy();
    expect(within(item('ev-survey')).getByText('Not linked to any node')).toBeTruthy();
  });

  it('searches summary, quote and source, and filters by kind', async () => {
    const user = userEvent.setup();
    renderLibrary();
    const search = library().getByLabelText('Search');
    await user.type(search, 'gave up');
    expect(shownIds()).toEqual(['ev-interview']);
    await user.clear(search);
    await user.type(search, 'spring');
    expect(shownIds()).toEqual(['ev-survey']);
    await user.clear(search);
    await user.selectOptions(library().getByLabelText('Kind'), 'interview');
    expect(shownIds()).toEqual(['ev-interview']);
    await user.type(search, 'spring');
    expect(library().getByText('No evidence matches this search.')).toBeTruthy();
  });

  it('links only web addresses', () => {
    renderLibrary();
    expect(within(item('ev-interview')).getByRole('link').getAttribute('href')).toBe('https://research.example.com/dana');
    expect(within(item('ev-survey')).queryByRole('link')).toBeNull();
    expect(within(item('ev-survey')).getByText('javascript:alert(document.cookie)').closest('a')).toBeNull();
  });

  it('adds evidence without linking it', async () => {
    const user = userEvent.setup();
    const { store } = renderLibrary();
    await user.click(library().getByRole('button', { name: 'Add evidence' }));
    await user.type(library().getByLabelText('Summary (required)'), 'Support tickets spike on Mondays');
    await user.selectOptions(within(screen.getByRole('form', { name: 'New evidence' })).getByLabelText('Kind'), 'support');
    await user.click(within(screen.getByRole('form', { name: 'New evidence' })).getByRole('button', { name: 'Add evidence' }));
    const added = Object.values(store.getState().doc.evidence).find((entry) => entry.summary === 'Support tickets spike on Mondays');
    expect(added).toMatchObject({ kind: 'support', firstHand: false });
    expect(shownIds()).toHaveLength(3);
  });

  it('edits an item in place', async () => {
    const user = userEvent.setup();
    const { store } = renderLibrary();
    await user.click(within(item('ev-survey')).getByRole('button', { name: /^Edit/ }));
    const summary = within(item('ev-survey')).getByLabelText('Summary (required)');
    await user.clear(summary);
    await user.type(summary, 'Most learners practise after 8 pm');
    await user.clear(within(item('ev-survey')).getByLabelText('Link'));
    await user.click(within(item('ev-survey')).getByRole('button', { name: 'Save' }));
    expect(store.getState().doc.evidence['ev-survey']).toEqual({
      id: 'ev-survey',
      kind: 'survey',
      firstHand: false,
      summary: 'Most learners practise after 8 pm',
      source: 'Spring survey',
    });
    expect(within(item('ev-survey')).getByText('Most learners practise after 8 pm')).toBeTruthy();
  });

  it('before deleting linked evidence, says which nodes use it; Undo brings back the item and its links', async () => {
    const user = userEvent.setup();
    const { store } = renderLibrary();
    await user.click(within(item('ev-interview')).getByRole('button', { name: /^Delete/ }));
    const confirm = within(within(item('ev-interview')).getByRole('group', { name: 'Confirm deleting this evidence' }));
    expect(confirm.getByText('Opportunity: I lose my streak when I travel')).toBeTruthy();
    expect(store.getState().doc.evidence['ev-interview']).toBeDefined();

    await user.click(confirm.getByRole('button', { name: 'Delete evidence' }));
    expect(store.getState().doc.evidence['ev-interview']).toBeUndefined();
    expect(store.getState().doc.nodes['opp-heard']?.evidenceIds).toBeUndefined();
    expect(shownIds()).toEqual(['ev-survey']);

    const undo = library().getByRole('button', { name: 'Undo' });
    expect(document.activeElement).toBe(undo);
    await user.click(undo);
    expect(store.getState().doc.evidence['ev-interview']?.summary).toBe('Dana lost a 40-day streak on holiday');
    expect(store.getState().doc.nodes['opp-heard']?.evidenceIds).toEqual(['ev-interview']);
    expect(shownIds().sort()).toEqual(['ev-interview', 'ev-survey']);
    expect(library().queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('keeps linked evidence when the user thinks again', async () => {
    const user = userEvent.setup();
    const { store } = renderLibrary();
    await user.click(within(item('ev-interview')).getByRole('button', { name: /^Delete/ }));
    await user.click(within(item('ev-interview')).getByRole('button', { name: 'Keep it' }));
    expect(store.getState().doc.evidence['ev-interview']).toBeDefined();
    expect(within(item('ev-interview')).queryByRole('group')).toBeNull();
  });

  it('deletes unlinked evidence at once, and stops offering Undo once something else changed', async () => {
    const user = userEvent.setup();
    const { store } = renderLibrary();
    await user.click(within(item('ev-survey')).getByRole('button', { name: /^Delete/ }));
    expect(store.getState().doc.evidence['ev-survey']).toBeUndefined();
    expect(library().getByRole('status').textContent).toContain('Deleted “Evening is the most common practice time”');
    await user.click(within(item('ev-interview')).getByRole('button', { name: /^Edit/ }));
    await user.type(within(item('ev-interview')).getByLabelText('Quote'), '!');
    await user.click(within(item('ev-interview')).getByRole('button', { name: 'Save' }));
    expect(library().queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('closes on Escape without letting the key reach the canvas shortcuts', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    const documentKeys = vi.fn();
    document.addEventListener('keydown', documentKeys);
    try {
      renderLibrary(onClose);
      await user.keyboard('{Escape}');
      expect(onClose).toHaveBeenCalledTimes(1);
      expect(documentKeys).not.toHaveBeenCalled();
    } finally {
      document.removeEventListener('keydown', documentKeys);
    }
  });

  it('closes with its close button', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderLibrary(onClose);
    await user.click(library().getByRole('button', { name: 'Close evidence library' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('lets Escape in a form cancel the form, not close the drawer', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    renderLibrary(onClose);
    await user.click(library().getByRole('button', { name: 'Add evidence' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form', { name: 'New evidence' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });
});
