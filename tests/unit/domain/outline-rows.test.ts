import { describe, expect, it } from 'vitest';
import { outlineRows } from '../../../src/domain/outline-rows';
import { buildDoc, outcome } from './rules/build-doc';

const doc = buildDoc(
  outcome([
    { kind: 'opportunity', id: 'o1', title: 'Forget to practise', children: [{ kind: 'solution', id: 's1' }, { kind: 'solution', id: 's2', children: [{ kind: 'experiment', id: 'e1' }] }] },
    { kind: 'opportunity', id: 'o2', collapsed: true, children: [{ kind: 'opportunity', id: 'o3' }] },
    { kind: 'opportunity', id: 'o4' },
  ]),
);

describe('outline rows (the tree as an ARIA tree: level, position among siblings, expanded)', () => {
  it('lists nodes depth-first in sibling order with their level, set size and position', () => {
    const rows = outlineRows(doc.nodes).map(({ id, level, setSize, posInSet }) => [id, level, setSize, posInSet]);
    expect(rows).toEqual([
      ['outcome', 1, 1, 1],
      ['o1', 2, 3, 1],
      ['s1', 3, 2, 1],
      ['s2', 3, 2, 2],
      ['e1', 4, 1, 1],
      ['o2', 2, 3, 2],
      ['o4', 2, 3, 3],
    ]);
  });

  it('leaves out the children of a collapsed node, which is marked not expanded', () => {
    const rows = outlineRows(doc.nodes);
    expect(rows.find((row) => row.id === 'o3')).toBeUndefined();
    expect(rows.find((row) => row.id === 'o2')).toMatchObject({ hasChildren: true, expanded: false });
    expect(rows.find((row) => row.id === 'o4')).toMatchObject({ hasChildren: false });
  });

  it('lists every node of a 2,000-node tree, and the same list again for the same state', () => {
    const many = buildDoc(outcome(Array.from({ length: 200 }, () => ({ kind: 'opportunity' as const, children: Array.from({ length: 9 }, () => ({ kind: 'solution' as const })) }))));
    const rows = outlineRows(Object.freeze(many.nodes));
    expect(rows).toHaveLength(2001);
    expect(outlineRows(many.nodes)).toBe(rows);
  });
});
