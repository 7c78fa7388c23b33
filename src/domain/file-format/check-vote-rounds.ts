import type { Tree } from '../types';
import { quote } from './problem-path';

/**
 * Checks a schema-valid tree's dot-voting rounds against its nodes: the voted node and every
 * candidate exist (and no candidate is listed twice), there is one list of dots per voter, the
 * current voter is one of the voters, no voter placed more than their dots, every dot sits on a
 * candidate, and at most one round is still open. Returns each problem as `path: what is wrong`.
 *
 * `nodeIds` are the ids of the tree's nodes; `at` is the tree's path in the file.
 */
export function checkVoteRounds(tree: Tree, nodeIds: ReadonlySet<string>, at: string): string[] {
  const problems: string[] = [];
  let openRoundPath: string | undefined;
  tree.voteRounds?.forEach((round, index) => {
    const path = `${at}.voteRounds[${index}]`;
    if (!nodeIds.has(round.parentId)) problems.push(`${path}.parentId: no node with id ${quote(round.parentId)}`);
    const candidates = new Set<string>();
    round.candidateIds.forEach((id, position) => {
      if (!nodeIds.has(id)) problems.push(`${path}.candidateIds[${position}]: no node with id ${quote(id)}`);
      else if (candidates.has(id)) problems.push(`${path}.candidateIds[${position}]: ${quote(id)} is listed twice`);
      candidates.add(id);
    });
    if (round.dots.length !== round.voters) {
      problems.push(`${path}.dots: ${round.dots.length} lists of dots for ${round.voters} voters; there is one list per voter`);
    }
    if (round.currentVoter >= round.voters) {
      problems.push(`${path}.currentVoter: voter ${round.currentVoter} does not exist; voters are numbered 0 to ${round.voters - 1}`);
    }
    round.dots.forEach((voterDots, voter) => {
      if (voterDots.length > round.dotsPerVoter) {
        problems.push(`${path}.dots[${voter}]: ${voterDots.length} dots; each voter has ${round.dotsPerVoter}`);
      }
      voterDots.forEach((id, dot) => {
        if (!candidates.has(id)) problems.push(`${path}.dots[${voter}][${dot}]: ${quote(id)} is not a candidate of this round`);
      });
    });
    if (!round.revealed) {
      if (openRoundPath) problems.push(`${path}.revealed: a second open round; only one round is open at a time, at ${openRoundPath}`);
      else openRoundPath = path;
    }
  });
  return problems;
}
