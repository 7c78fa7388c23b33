import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { OstDatabase } from '../../../src/persistence/db';
import type { TreeDoc } from '../../../src/domain/types';

let databaseCount = 0;

/** A fresh, empty database on fake-indexeddb; a new name each time so tests never share rows. */
export function freshDatabase(): OstDatabase {
  databaseCount += 1;
  return new OstDatabase(`ost-test-${databaseCount}-${Date.now()}`, { indexedDB, IDBKeyRange });
}

/** A small tree that uses every optional field a node or evidence item can have. */
export function sampleDoc(id = 'tree-1', title = 'Grow weekly active teams'): TreeDoc {
  return {
    meta: {
      id,
      title,
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      settings: { silencedRules: ['compare-and-contrast'] },
    },
    nodes: {
      outcome: {
        id: 'outcome',
        kind: 'outcome',
        parentId: null,
        rank: 'a0',
        title: 'Teams come back every week',
        description: 'Measured per workspace',
        status: 'active',
        objective: 'Teams make the tool part of their week',
        businessGoal: 'Grow net revenue retention to 110 %',
        keyResults: [
          {
            id: 'kr-wau',
            name: 'WAU teams',
            baseline: 120,
            target: 200,
            unit: 'teams',
            direction: 'increase',
            deadline: '2026-06-30',
            checkIns: [
              { date: '2026-01-05', value: 124 },
              { date: '2026-01-12', value: 131, note: 'after the invite change' },
            ],
          },
          { id: 'kr-setup', name: 'Minutes to a first board', baseline: 12, target: 8, unit: 'min', direction: 'decrease' },
        ],
        votes: 2,
      },
      opp: {
        id: 'opp',
        kind: 'opportunity',
        parentId: 'outcome',
        rank: 'a0',
        title: 'I lose track of what we decided',
        status: 'exploring',
        target: true,
        collapsed: false,
        evidenceIds: ['ev-1', 'ev-2'],
      },
      sol: {
        id: 'sol',
        kind: 'solution',
        parentId: 'opp',
        rank: 'a0',
        title: 'Decision log',
        status: 'testing',
        collapsed: true,
        evidenceIds: ['ev-1'],
      },
      exp: {
        id: 'exp',
        kind: 'experiment',
        parentId: 'sol',
        rank: 'a0',
        title: 'Fake door in the sidebar',
        status: 'passed',
        assumption: 'Teams want to look decisions up',
        assumptionType: 'desirability',
        successCriterion: '30 % of teams click within a week',
        result: '41 % clicked',
      },
    },
    evidence: {
      'ev-1': {
        id: 'ev-1',
        kind: 'interview',
        firstHand: true,
        summary: 'PM forgets decisions from planning',
        quote: 'We decide things and two weeks later nobody knows why.',
        source: 'Interview with Ana',
        date: '2026-01-01',
        url: 'https://example.com/notes/1',
      },
      'ev-2': { id: 'ev-2', kind: 'support', firstHand: false, summary: 'Tickets asking for history' },
    },
  };
}

/** A localStorage stand-in kept in memory (`items` exposed for assertions). */
export function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    key: (index: number) => [...items.keys()][index] ?? null,
    get length() {
      return items.size;
    },
    items,
  };
}
