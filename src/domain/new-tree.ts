import { DEFAULT_STATUS } from './kinds';
import { newId } from './ids';
import { initialRanks } from './operations/ranks';
import type { TreeDoc } from './types';

export const UNTITLED_TREE = 'Untitled tree';

/** A blank tree: one empty outcome, ready to be named. */
export function createBlankTree(title = UNTITLED_TREE, now = new Date().toISOString()): TreeDoc {
  const outcomeId = newId();
  return {
    meta: { id: newId(), title, createdAt: now, updatedAt: now, settings: { silencedRules: [] } },
    nodes: {
      [outcomeId]: {
        id: outcomeId,
        kind: 'outcome',
        parentId: null,
        rank: initialRanks(1)[0]!,
        title: '',
        status: DEFAULT_STATUS.outcome,
      },
    },
    evidence: {},
  };
}
