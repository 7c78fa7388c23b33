import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { MAX_DOTS_PER_VOTER, MAX_VOTE_ROUNDS, MAX_VOTERS } from '../../../../src/domain/file-format/limits';
import { deleteSubtree } from '../../../../src/domain/operations/delete-subtree';
import type { TreeDoc } from '../../../../src/domain/types';
import {
  clearVoteRound,
  nextVoter,
  placeDot,
  revealVoteRound,
  startVoteRound,
  takeBackDot,
} from '../../../../src/domain/voting/vote-operations';
import { dotsLeft, openVoteRound, ownDotsOn, roundTotals, shownVotes, votesComeFromRound } from '../../../../src/domain/voting/vote-rounds';
import { buildDoc } from '../rules/build-doc';

/** An opportunity with three solutions (s1–s3), one of which had 4 votes typed in by hand. */
function sample(): TreeDoc {
  return buildDoc({
    kind: 'outcome',
    id: 'root',
    children: [
      {
        kind: 'opportunity',
        id: 'opp',
        children: [
          { kind: 'solution', id: 's1', votes: 4 },
          { kind: 'solution', id: 's2' },
          { kind: 'solution', id: 's3', children: [{ kind: 'experiment', id: 'e1' }] },
        ],
      },
      { kind: 'opportunity', id: 'other' },
    ],
  });
}

const run = (doc: TreeDoc, recipe: (draft: TreeDoc) => void): TreeDoc => produce(doc, recipe);

function started(voters = 3, dotsPerVoter = 3): TreeDoc {
  return run(sample(), (draft) => {
    startVoteRound(draft, { parentId: 'opp', voters, dotsPerVoter, id: 'r1', startedAt: '2026-11-30T10:00:00.000Z' });
  });
}

describe('a dot-voting round', () => {
  it('opens on the children of the chosen node, in sibling order, with empty dots per voter', () => {
    const round = openVoteRound(started().meta)!;
    expect(round).toMatchObject({ parentId: 'opp', candidateIds: ['s1', 's2', 's3'], voters: 3, dotsPerVoter: 3, currentVoter: 0, revealed: false });
    expect(round.dots).toEqual([[], [], []]);
  });

  it('refuses a node with fewer than two children, counts outside the limits, and a second open round', () => {
    expect(() => run(sample(), (d) => void startVoteRound(d, { parentId: 'other', voters: 3, dotsPerVoter: 3 }))).toThrow(/at least two children/);
    expect(() => run(sample(), (d) => void startVoteRound(d, { parentId: 'opp', voters: 0, dotsPerVoter: 3 }))).toThrow(/Voters/);
    expect(() => run(sample(), (d) => void startVoteRound(d, { parentId: 'opp', voters: MAX_VOTERS + 1, dotsPerVoter: 3 }))).toThrow(/Voters/);
    expect(() => run(sample(), (d) => void startVoteRound(d, { parentId: 'opp', voters: 2, dotsPerVoter: MAX_DOTS_PER_VOTER + 1 }))).toThrow(/Dots per voter/);
    expect(() => run(sample(), (d) => void startVoteRound(d, { parentId: 'opp', voters: 2.5, dotsPerVoter: 3 }))).toThrow(/whole number/);
    expect(() => run(started(), (d) => void startVoteRound(d, { parentId: 'root', voters: 3, dotsPerVoter: 3 }))).toThrow(/still open/);
  });

  it('lets each voter place up to their dots, stacking allowed, and no more', () => {
    let doc = started(2, 3);
    doc = run(doc, (d) => {
      placeDot(d, 's1');
      placeDot(d, 's1');
      placeDot(d, 's2');
    });
    const round = openVoteRound(doc.meta)!;
    expect(dotsLeft(round)).toBe(0);
    expect(ownDotsOn(round, 's1')).toBe(2);
    expect(() => run(doc, (d) => placeDot(d, 's3'))).toThrow(/placed all 3 dots/);
  });

  it('puts dots only on the round’s candidates, of any kind', () => {
    const doc = started();
    expect(() => run(doc, (d) => placeDot(d, 'e1'))).toThrow(/not part of this voting round/);
    expect(() => run(doc, (d) => placeDot(d, 'opp'))).toThrow(/not part/);
    const onOpportunities = run(sample(), (d) => {
      startVoteRound(d, { parentId: 'root', voters: 1, dotsPerVoter: 3 });
      placeDot(d, 'other');
    });
    expect(roundTotals(openVoteRound(onOpportunities.meta)!).get('other')).toBe(1);
  });

  it('takes back the current voter’s own dot, on a node or their latest, and nobody else’s', () => {
    let doc = run(started(), (d) => {
      placeDot(d, 's1');
      placeDot(d, 's2');
      nextVoter(d);
      placeDot(d, 's3');
    });
    expect(() => run(doc, (d) => takeBackDot(d, 's1'))).toThrow(/no dot on that node/);
    doc = run(doc, (d) => takeBackDot(d));
    expect(openVoteRound(doc.meta)!.dots).toEqual([['s1', 's2'], [], []]);
    expect(() => run(doc, (d) => takeBackDot(d))).toThrow(/not placed a dot/);
  });

  it('passes the turn voter by voter and stops after the last', () => {
    let doc = started(2);
    doc = run(doc, (d) => nextVoter(d));
    expect(openVoteRound(doc.meta)!.currentVoter).toBe(1);
    expect(() => run(doc, (d) => nextVoter(d))).toThrow(/reveal/);
  });

  it('counts totals per node over all voters, with 0 for candidates nobody chose', () => {
    const doc = run(started(), (d) => {
      placeDot(d, 's1');
      placeDot(d, 's2');
      placeDot(d, 's2');
      nextVoter(d);
      placeDot(d, 's2');
      nextVoter(d);
      placeDot(d, 's1');
    });
    expect([...roundTotals(openVoteRound(doc.meta)!)]).toEqual([['s1', 2], ['s2', 3], ['s3', 0]]);
  });
});

describe('the votes a node shows', () => {
  it('hides every candidate’s count while the round is open, even a number typed earlier', () => {
    const doc = run(started(), (d) => placeDot(d, 's2'));
    expect(shownVotes(doc, 's1')).toBeUndefined();
    expect(shownVotes(doc, 's2')).toBeUndefined();
    expect(votesComeFromRound(doc, 's1')).toBe(true);
  });

  it('shows the revealed totals, replacing a typed number, and the latest round wins', () => {
    let doc = run(started(), (d) => {
      placeDot(d, 's2');
      placeDot(d, 's2');
      revealVoteRound(d);
    });
    expect(shownVotes(doc, 's1')).toBe(0);
    expect(shownVotes(doc, 's2')).toBe(2);
    expect(() => run(doc, (d) => placeDot(d, 's1'))).toThrow(/No voting round is open/);
    doc = run(doc, (d) => {
      startVoteRound(d, { parentId: 'opp', voters: 1, dotsPerVoter: 1, id: 'r2' });
      placeDot(d, 's3');
      revealVoteRound(d);
    });
    expect([shownVotes(doc, 's1'), shownVotes(doc, 's2'), shownVotes(doc, 's3')]).toEqual([0, 0, 1]);
  });

  it('falls back to the typed number for nodes no round covers, and after a round is cleared', () => {
    let doc = run(started(), (d) => revealVoteRound(d));
    expect(shownVotes(doc, 's1')).toBe(0);
    doc = run(doc, (d) => clearVoteRound(d, 'r1'));
    expect(shownVotes(doc, 's1')).toBe(4);
    expect(doc.meta.voteRounds).toBeUndefined();
    expect(votesComeFromRound(doc, 's1')).toBe(false);
  });
});

describe('rounds and the rest of the tree', () => {
  it('lose the dots of a deleted candidate and give them back to the voter', () => {
    let doc = run(started(1), (d) => {
      placeDot(d, 's3');
      placeDot(d, 's1');
    });
    doc = run(doc, (d) => void deleteSubtree(d, 's3'));
    const round = openVoteRound(doc.meta)!;
    expect(round.candidateIds).toEqual(['s1', 's2']);
    expect(round.dots).toEqual([['s1']]);
    expect(dotsLeft(round)).toBe(2);
  });

  it('are removed with the node they vote on', () => {
    const doc = run(started(), (d) => void deleteSubtree(d, 'opp'));
    expect(doc.meta.voteRounds).toBeUndefined();
  });

  it('keep at most the limit, dropping the oldest', () => {
    let doc = sample();
    for (let n = 0; n < MAX_VOTE_ROUNDS + 2; n++) {
      doc = run(doc, (d) => {
        startVoteRound(d, { parentId: 'opp', voters: 1, dotsPerVoter: 1, id: `round-${n}` });
        revealVoteRound(d);
      });
    }
    expect(doc.meta.voteRounds).toHaveLength(MAX_VOTE_ROUNDS);
    expect(doc.meta.voteRounds![0]!.id).toBe('round-2');
  });
});
