import { newId } from '../ids';
import { MAX_DOTS_PER_VOTER, MAX_VOTE_ROUNDS, MAX_VOTERS } from '../file-format/limits';
import { OperationRefused } from '../operations/refused';
import { siblingsOf } from '../operations/ranks';
import type { TreeDoc, VoteRound } from '../types';
import { dotsLeft, openVoteRound } from './vote-rounds';

export interface StartVoteRoundArgs {
  /** The node whose children are voted on. */
  parentId: string;
  /** People voting, 1 to MAX_VOTERS. */
  voters: number;
  /** Dots each, 1 to MAX_DOTS_PER_VOTER. */
  dotsPerVoter: number;
  id?: string;
  /** ISO timestamp; now when omitted. */
  startedAt?: string;
}

/**
 * Opens a dot-voting round on the children of `parentId` and returns its id. Refuses when another
 * round is still open, when the node has fewer than two children (there is nothing to compare), and
 * counts outside the limits of limits.ts (so every round the editor holds can be exported and
 * imported again). When the tree already keeps MAX_VOTE_ROUNDS rounds, the oldest is dropped.
 */
export function startVoteRound(doc: TreeDoc, args: StartVoteRoundArgs): string {
  const parent = doc.nodes[args.parentId];
  if (!parent) throw new OperationRefused('The node no longer exists.');
  if (openVoteRound(doc.meta)) throw new OperationRefused('A voting round is still open: reveal or clear it first.');
  checkCount(args.voters, 1, MAX_VOTERS, 'Voters');
  checkCount(args.dotsPerVoter, 1, MAX_DOTS_PER_VOTER, 'Dots per voter');
  const candidateIds = siblingsOf(doc, parent.id).map((child) => child.id);
  if (candidateIds.length < 2) {
    throw new OperationRefused('Dot voting compares options: select a node with at least two children.');
  }
  const round: VoteRound = {
    id: args.id ?? newId(),
    parentId: parent.id,
    candidateIds,
    voters: args.voters,
    dotsPerVoter: args.dotsPerVoter,
    dots: Array.from({ length: args.voters }, () => []),
    currentVoter: 0,
    revealed: false,
    startedAt: args.startedAt ?? new Date().toISOString(),
  };
  const rounds = (doc.meta.voteRounds ??= []);
  if (rounds.length >= MAX_VOTE_ROUNDS) rounds.splice(0, rounds.length - MAX_VOTE_ROUNDS + 1);
  rounds.push(round);
  return round.id;
}

/**
 * Places one of the current voter's dots on `nodeId`. Refuses when no round is open, when the node
 * is not one of the round's candidates, and when the voter has no dots left. A voter may stack
 * several dots on one node.
 */
export function placeDot(doc: TreeDoc, nodeId: string): void {
  const round = requireOpenRound(doc);
  if (!round.candidateIds.includes(nodeId)) {
    throw new OperationRefused('That node is not part of this voting round; dots go on the children of the voted node.');
  }
  if (dotsLeft(round) === 0) {
    throw new OperationRefused(`Voter ${round.currentVoter + 1} has placed ${round.dotsPerVoter === 1 ? 'their only dot' : `all ${round.dotsPerVoter} dots`}; take one back or pass to the next voter.`);
  }
  round.dots[round.currentVoter]!.push(nodeId);
}

/**
 * Takes back the current voter's most recent dot on `nodeId` (or their most recent dot anywhere
 * when `nodeId` is omitted). Refuses when the voter has no such dot: a voter only moves their own.
 */
export function takeBackDot(doc: TreeDoc, nodeId?: string): void {
  const round = requireOpenRound(doc);
  const own = round.dots[round.currentVoter]!;
  const at = nodeId === undefined ? own.length - 1 : own.lastIndexOf(nodeId);
  if (at < 0) {
    throw new OperationRefused(nodeId === undefined ? 'This voter has not placed a dot yet.' : 'This voter has no dot on that node to take back.');
  }
  own.splice(at, 1);
}

/** Passes the turn to the next voter; refuses after the last one (then it is time to reveal). */
export function nextVoter(doc: TreeDoc): void {
  const round = requireOpenRound(doc);
  if (round.currentVoter >= round.voters - 1) throw new OperationRefused('Everyone has voted: reveal the dots.');
  round.currentVoter += 1;
}

/** Reveals the open round: its totals show everywhere and it takes no more dots. */
export function revealVoteRound(doc: TreeDoc): void {
  requireOpenRound(doc).revealed = true;
}

/** Removes a round and every dot in it (open or revealed); revealed totals disappear with it. */
export function clearVoteRound(doc: TreeDoc, roundId: string): void {
  const rounds = doc.meta.voteRounds ?? [];
  const at = rounds.findIndex((round) => round.id === roundId);
  if (at < 0) throw new OperationRefused('That voting round no longer exists.');
  rounds.splice(at, 1);
  if (rounds.length === 0) delete doc.meta.voteRounds;
}

/**
 * Keeps the rounds consistent after nodes were deleted: dots on a deleted candidate go back to
 * their voters, a candidate leaves its round, and a round whose voted node (or every candidate) is
 * gone is removed. Called inside the delete, so one undo brings nodes and dots back together.
 */
export function pruneVoteRounds(doc: TreeDoc, removedIds: ReadonlySet<string>): void {
  const rounds = doc.meta.voteRounds;
  if (!rounds) return;
  for (let at = rounds.length - 1; at >= 0; at--) {
    const round = rounds[at]!;
    if (removedIds.has(round.parentId)) {
      rounds.splice(at, 1);
      continue;
    }
    if (!round.candidateIds.some((id) => removedIds.has(id))) continue;
    round.candidateIds = round.candidateIds.filter((id) => !removedIds.has(id));
    round.dots = round.dots.map((voterDots) => voterDots.filter((id) => !removedIds.has(id)));
    if (round.candidateIds.length === 0) rounds.splice(at, 1);
  }
  if (rounds.length === 0) delete doc.meta.voteRounds;
}

function requireOpenRound(doc: TreeDoc): VoteRound {
  const round = doc.meta.voteRounds?.find((candidate) => !candidate.revealed);
  if (!round) throw new OperationRefused('No voting round is open.');
  return round;
}

function checkCount(value: number, min: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new OperationRefused(`${what}: enter a whole number from ${min} to ${max}.`);
  }
}
