import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VotesField } from '../../../../src/panels/inspector/VotesField';
import { renderEditor } from '../../render-editor';
import { buildDoc } from '../../../unit/domain/rules/build-doc';

function sample() {
  return buildDoc({
    kind: 'outcome',
    id: 'root',
    children: [{ kind: 'opportunity', id: 'opp', children: [{ kind: 'solution', id: 's1', votes: 4 }, { kind: 'solution', id: 's2' }] }],
  });
}

describe('the Votes field', () => {
  it('is typed by hand where no round voted', () => {
    renderEditor(sample(), <VotesField nodeId="s1" />);
    expect((screen.getByLabelText('Votes') as HTMLInputElement).value).toBe('4');
  });

  it('says the count is hidden while a round is open, then shows the round’s total read-only', () => {
    const { store } = renderEditor(sample(), <VotesField nodeId="s1" />);
    const { actions } = store.getState();
    act(() => {
      actions.startVoteRound({ parentId: 'opp', voters: 1, dotsPerVoter: 3 });
      actions.placeDot('s1');
      actions.placeDot('s2');
    });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByTestId('votes-from-round').textContent).toContain('Hidden until the round is revealed');
    act(() => {
      actions.revealVoteRound();
    });
    expect(screen.getByRole('status').textContent).toBe('1');
    expect(screen.getByTestId('votes-from-round').textContent).toContain('clear the round');
  });
});
