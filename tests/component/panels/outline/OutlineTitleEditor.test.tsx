import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OutlineTitleEditor } from '../../../../src/panels/outline/OutlineTitleEditor';
import { commitAllDrafts } from '../../../../src/ui/draft-registry';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

afterEach(cleanup);

describe('OutlineTitleEditor', () => {
  it('commits the typed title when the page goes away mid-edit, so a reload keeps it', () => {
    const { store } = renderEditor(sampleTree(), <OutlineTitleEditor nodeId="opp-heard" title="I lose my streak when I travel" onDone={() => {}} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'I lose my streak on holiday' } });
    expect(store.getState().doc.nodes['opp-heard']?.title).toBe('I lose my streak when I travel');

    commitAllDrafts();

    expect(store.getState().doc.nodes['opp-heard']?.title).toBe('I lose my streak on holiday');
  });

  it('registers nothing once editing has ended', () => {
    let done = 0;
    const { store } = renderEditor(sampleTree(), <OutlineTitleEditor nodeId="opp-heard" title="I lose my streak when I travel" onDone={() => (done += 1)} />);
    const input = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.change(input, { target: { value: 'Streaks break when I travel' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const pastAfterEnter = store.getState().past.length;

    commitAllDrafts();

    expect(done).toBe(1);
    expect(store.getState().doc.nodes['opp-heard']?.title).toBe('Streaks break when I travel');
    expect(store.getState().past.length).toBe(pastAfterEnter);
  });
});
