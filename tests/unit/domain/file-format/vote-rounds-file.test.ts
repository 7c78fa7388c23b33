import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { serializeTree } from '../../../../src/domain/file-format/serialize';
import { treeToDoc } from '../../../../src/domain/tree-doc';
import type { Tree, VoteRound } from '../../../../src/domain/types';
import { shownVotes } from '../../../../src/domain/voting/vote-rounds';

const round: VoteRound = {
  id: 'r1',
  parentId: 'opp',
  candidateIds: ['s1', 's2'],
  voters: 2,
  dotsPerVoter: 3,
  dots: [['s1', 's1', 's2'], ['s2']],
  currentVoter: 1,
  revealed: true,
  startedAt: '2026-11-30T10:00:00.000Z',
};

function tree(voteRounds: VoteRound[] | undefined): Tree {
  return {
    id: 't',
    title: 'Voting',
    createdAt: '2026-11-30T09:00:00.000Z',
    updatedAt: '2026-11-30T09:00:00.000Z',
    nodes: [
      { id: 'root', kind: 'outcome', parentId: null, title: 'More learners keep a streak' },
      { id: 'opp', kind: 'opportunity', parentId: 'root', title: 'Reminders get lost' },
      { id: 's1', kind: 'solution', parentId: 'opp', title: 'Usual time', votes: 7 },
      { id: 's2', kind: 'solution', parentId: 'opp', title: 'Digest' },
    ],
    evidence: [],
    ...(voteRounds ? { voteRounds } : {}),
  };
}

function fileWith(voteRounds: unknown, version = 2): string {
  return JSON.stringify({ format: 'ost-tree', version, tree: { ...tree(undefined), voteRounds } });
}

function problemsOf(text: string): string[] {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error.problems;
}

describe('voting rounds in the file', () => {
  it('are written with the tree in version 2 and read back, totals and all', () => {
    const text = serializeTree(treeToDoc(tree([round])));
    expect(JSON.parse(text)).toMatchObject({ version: 2, tree: { voteRounds: [round] } });
    const result = parseImport(text);
    expect(result.ok && result.trees[0]?.voteRounds).toEqual([round]);
    const doc = treeToDoc(result.ok ? result.trees[0]! : tree(undefined));
    expect([shownVotes(doc, 's1'), shownVotes(doc, 's2')]).toEqual([2, 2]);
  });

  it('are left out of a tree that has none, and a file without them still opens with its typed votes', () => {
    const text = serializeTree(treeToDoc(tree(undefined)));
    expect(JSON.parse(text).tree).not.toHaveProperty('voteRounds');
    const result = parseImport(text.replace('"version": 2', '"version": 1'));
    expect(result.ok && result.trees[0]?.nodes[2]?.votes).toBe(7);
  });

  it('refuse node ids that are not in the tree', () => {
    expect(problemsOf(fileWith([{ ...round, parentId: 'gone' }]))).toEqual(['tree.voteRounds[0].parentId: no node with id "gone"']);
    expect(problemsOf(fileWith([{ ...round, candidateIds: ['s1', 'x'] }]))).toContain('tree.voteRounds[0].candidateIds[1]: no node with id "x"');
  });

  it('refuse dots off the candidates, more dots than a voter has, and voters out of range', () => {
    expect(problemsOf(fileWith([{ ...round, dots: [['root'], []] }]))).toEqual([
      'tree.voteRounds[0].dots[0][0]: "root" is not a candidate of this round',
    ]);
    expect(problemsOf(fileWith([{ ...round, dotsPerVoter: 2 }]))).toEqual(['tree.voteRounds[0].dots[0]: 3 dots; each voter has 2']);
    expect(problemsOf(fileWith([{ ...round, dots: [['s1']] }]))).toEqual([
      'tree.voteRounds[0].dots: 1 lists of dots for 2 voters; there is one list per voter',
    ]);
    expect(problemsOf(fileWith([{ ...round, currentVoter: 2 }]))).toEqual([
      'tree.voteRounds[0].currentVoter: voter 2 does not exist; voters are numbered 0 to 1',
    ]);
  });

  it('refuse a second open round and counts past the limits', () => {
    const open = { ...round, revealed: false };
    expect(problemsOf(fileWith([open, { ...open, id: 'r2' }]))).toEqual([
      'tree.voteRounds[1].revealed: a second open round; only one round is open at a time, at tree.voteRounds[0]',
    ]);
    expect(parseImport(fileWith([{ ...round, voters: 0, dots: [] }])).ok).toBe(false);
    expect(parseImport(fileWith([{ ...round, dotsPerVoter: 1.5 }])).ok).toBe(false);
  });
});
