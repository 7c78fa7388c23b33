import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import type { OstNode, TreeDoc } from '../types';
import { compareRank } from '../tree-index';

/** Current children of a parent in sibling order, read fresh (safe inside an immer draft). */
export function siblingsOf(doc: TreeDoc, parentId: string | null, excludeId?: string): OstNode[] {
  const siblings: OstNode[] = [];
  for (const node of Object.values(doc.nodes)) {
    if (node.parentId === parentId && node.id !== excludeId) siblings.push(node);
  }
  return siblings.sort(compareRank);
}

/** A rank that places a node at `index` among `siblings` (clamped; past the end appends). */
export function rankAt(siblings: OstNode[], index: number): string {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = clamped > 0 ? siblings[clamped - 1]!.rank : null;
  const after = clamped < siblings.length ? siblings[clamped]!.rank : null;
  if (before !== null && after !== null && before >= after) {
    // Equal ranks (e.g. from a hand-edited store) cannot be split; append instead.
    return generateKeyBetween(siblings[siblings.length - 1]!.rank, null);
  }
  return generateKeyBetween(before, after);
}

export function initialRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}
