import type { TreeDoc, TreeMeta, VoteRound } from '../types';

/** The default number of dots each voter gets (Torres: "each person gets three dots"). */
export const DEFAULT_DOTS_PER_VOTER = 3;

/** The default number of voters for a new round (a product trio). */
export const DEFAULT_VOTERS = 3;

/** The round still taking dots (not yet revealed), if any; a tree has at most one. */
export function openVoteRound(meta: Pick<TreeMeta, 'voteRounds'>): VoteRound | undefined {
  return meta.voteRounds?.find((round) => !round.revealed);
}

/** Dots the round's current voter has not placed yet (0 once they are all on the board). */
export function dotsLeft(round: VoteRound): number {
  return Math.max(0, round.dotsPerVoter - (round.dots[round.currentVoter]?.length ?? 0));
}

/** How many of the round's current voter's dots sit on `nodeId`. */
export function ownDotsOn(round: VoteRound, nodeId: string): number {
  return count(round.dots[round.currentVoter] ?? [], nodeId);
}

/** Dots per candidate over every voter, each candidate listed (0 when no dot landed on it). */
export function roundTotals(round: VoteRound): Map<string, number> {
  const totals = new Map<string, number>(round.candidateIds.map((id) => [id, 0]));
  for (const voterDots of round.dots) {
    for (const id of voterDots) totals.set(id, (totals.get(id) ?? 0) + 1);
  }
  return totals;
}

/** What the rounds say about each node: revealed totals, and the open round's candidates. */
export interface VoteIndex {
  /** Per node, the total of the latest revealed round it was a candidate in. */
  revealed: ReadonlyMap<string, number>;
  /** Candidates of the open round: their counts stay hidden until it is revealed. */
  hidden: ReadonlySet<string>;
}

const EMPTY_INDEX: VoteIndex = { revealed: new Map(), hidden: new Set() };
const indexMemo = new WeakMap<readonly VoteRound[], VoteIndex>();

/** Indexes the rounds once per version of the list (immer keeps the list's identity while unchanged). */
export function voteIndex(rounds: readonly VoteRound[] | undefined): VoteIndex {
  if (!rounds || rounds.length === 0) return EMPTY_INDEX;
  const memo = indexMemo.get(rounds);
  if (memo) return memo;
  const revealed = new Map<string, number>();
  const hidden = new Set<string>();
  // Oldest first, so a later round's totals replace an earlier round's on the same node.
  for (const round of rounds) {
    if (!round.revealed) {
      for (const id of round.candidateIds) hidden.add(id);
      continue;
    }
    for (const [id, total] of roundTotals(round)) revealed.set(id, total);
  }
  const index = { revealed, hidden };
  indexMemo.set(rounds, index);
  return index;
}

/**
 * The vote count a node shows (canvas, outline, pictures, Markdown), or undefined for none.
 *
 * A revealed round's total wins over the `votes` number typed in the inspector (and read from old
 * files), because it is the newer, counted result. While a round is open its candidates show no
 * count at all, not even an earlier one: voters should not be anchored by what others chose.
 */
export function shownVotes(doc: Pick<TreeDoc, 'meta' | 'nodes'>, nodeId: string): number | undefined {
  const index = voteIndex(doc.meta.voteRounds);
  if (index.hidden.has(nodeId)) return undefined;
  const fromRound = index.revealed.get(nodeId);
  if (fromRound !== undefined) return fromRound;
  return doc.nodes[nodeId]?.votes;
}

/** Whether a node's shown count comes from a revealed round (the inspector then does not edit it). */
export function votesComeFromRound(doc: Pick<TreeDoc, 'meta'>, nodeId: string): boolean {
  const index = voteIndex(doc.meta.voteRounds);
  return index.hidden.has(nodeId) || index.revealed.has(nodeId);
}

function count(list: readonly string[], id: string): number {
  let n = 0;
  for (const item of list) if (item === id) n += 1;
  return n;
}
