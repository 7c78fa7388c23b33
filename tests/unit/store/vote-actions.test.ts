import type { Patch } from 'immer';
import { describe, expect, it } from 'vitest';
import { openVoteRound, shownVotes } from '../../../src/domain/voting/vote-rounds';
import { createEditorStore } from '../../../src/store/editor-store';
import { buildDoc } from '../domain/rules/build-doc';

function setup() {
  const doc = buildDoc({
    kind: 'outcome',
    id: 'root',
    children: [{ kind: 'opportunity', id: 'opp', children: [{ kind: 'solution', id: 's1' }, { kind: 'solution', id: 's2' }] }],
  });
  const saved: Patch[][] = [];
  const store = createEditorStore(doc, { onPatches: (patches) => saved.push(patches), initialSelection: 'opp' });
  return { store, saved, actions: store.getState().actions };
}

describe('dot voting in the editor store', () => {
  it('makes each step of a round undoable, and undoing past the start removes the round', () => {
    const { store, actions } = setup();
    actions.startVoteRound({ parentId: 'opp', voters: 2, dotsPerVoter: 3 });
    actions.placeDot('s1');
    actions.nextVoter();
    actions.placeDot('s2');
    actions.revealVoteRound();
    expect(shownVotes(store.getState().doc, 's1')).toBe(1);
    expect(store.getState().past.map((entry) => entry.label)).toEqual([
      'Start voting round',
      'Place a dot',
      'Next voter',
      'Place a dot',
      'Reveal votes',
    ]);
    actions.undo();
    expect(shownVotes(store.getState().doc, 's1')).toBeUndefined();
    expect(openVoteRound(store.getState().doc.meta)?.dots).toEqual([['s1'], ['s2']]);
    for (let step = 0; step < 4; step++) actions.undo();
    expect(store.getState().doc.meta.voteRounds).toBeUndefined();
    for (let step = 0; step < 5; step++) actions.redo();
    expect(shownVotes(store.getState().doc, 's2')).toBe(1);
  });

  it('clears a round in one undoable step', () => {
    const { store, actions } = setup();
    const roundId = actions.startVoteRound({ parentId: 'opp', voters: 1, dotsPerVoter: 3 })!;
    actions.placeDot('s2');
    actions.revealVoteRound();
    actions.clearVoteRound(roundId);
    expect(store.getState().doc.meta.voteRounds).toBeUndefined();
    actions.undo();
    expect(shownVotes(store.getState().doc, 's2')).toBe(1);
  });

  it('keeps the selection while dots are placed', () => {
    const { store, actions } = setup();
    actions.startVoteRound({ parentId: 'opp', voters: 1, dotsPerVoter: 3 });
    actions.placeDot('s1');
    expect(store.getState().selectedId).toBe('opp');
  });

  it('turns a refused move into a notice and changes nothing', () => {
    const { store, actions } = setup();
    expect(actions.placeDot('s1')).toBe(false);
    expect(store.getState().notice?.message).toMatch(/No voting round is open/);
    expect(actions.startVoteRound({ parentId: 's1', voters: 3, dotsPerVoter: 3 })).toBeNull();
    expect(store.getState().past).toHaveLength(0);
  });

  it('takes the refusal back once the next step goes through (the next voter places a dot)', () => {
    const { store, actions } = setup();
    actions.startVoteRound({ parentId: 'opp', voters: 2, dotsPerVoter: 1 });
    actions.placeDot('s1');
    expect(actions.placeDot('s2')).toBe(false);
    expect(store.getState().notice?.message).toMatch(/Voter 1 has placed their only dot/);
    actions.nextVoter();
    expect(store.getState().notice).toBeNull();
  });

  it('keeps a notice that is not a refusal when a change goes through', () => {
    const { store, actions } = setup();
    actions.notify('info', 'Another tab changed this tree; its changes are merged.');
    actions.startVoteRound({ parentId: 'opp', voters: 2, dotsPerVoter: 1 });
    expect(store.getState().notice?.tone).toBe('info');
  });

  it('sends every round change down the tree row’s patch path, so autosave writes the tree row', () => {
    const { saved, actions } = setup();
    actions.startVoteRound({ parentId: 'opp', voters: 1, dotsPerVoter: 3 });
    actions.placeDot('s1');
    actions.undo();
    expect(saved.flat().every((patch) => patch.path[0] === 'meta' && patch.path[1] === 'voteRounds')).toBe(true);
  });
});
