import fc from 'fast-check';
import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { childrenOf, indexTree } from '../../../src/domain/tree-index';
import type { OstNode } from '../../../src/domain/types';

function node(id: string, parentId: string | null, rank: string, title = id): OstNode {
  return { id, kind: parentId === null ? 'outcome' : 'opportunity', parentId, rank, title, status: 'active' } as OstNode;
}

/** A frozen nodes record, as the editor's store holds it. */
function frozenNodes(list: OstNode[]): Record<string, OstNode> {
  return freeze(Object.fromEntries(list.map((each) => [each.id, each])), true);
}

/** The index built from scratch (a plain object is never memoised or patched). */
const freshIndex = (nodes: Record<string, OstNode>) => indexTree({ ...nodes });

describe('indexTree', () => {
  it('lists children in rank order and roots first by rank', () => {
    const nodes = frozenNodes([node('r', null, 'a0'), node('b', 'r', 'a2'), node('a', 'r', 'a1'), node('c', 'a', 'a0')]);
    const index = indexTree(nodes);
    expect(index.roots.map((each) => each.id)).toEqual(['r']);
    expect(childrenOf(index, 'r').map((each) => each.id)).toEqual(['a', 'b']);
    expect(childrenOf(index, 'a').map((each) => each.id)).toEqual(['c']);
  });

  it('after a title edit, gives the edited node object in its old place without touching other lists', () => {
    const before = frozenNodes([node('r', null, 'a0'), node('a', 'r', 'a1'), node('b', 'r', 'a2'), node('c', 'a', 'a0')]);
    const first = indexTree(before);
    const after = produce(before, (draft) => {
      draft.b!.title = 'Renamed';
    });
    const second = indexTree(after);
    expect(childrenOf(second, 'r')[1]).toBe(after.b);
    expect(childrenOf(second, 'r')[1]!.title).toBe('Renamed');
    expect(childrenOf(second, 'a')).toBe(childrenOf(first, 'a'));
    // The earlier state's index is unchanged (it may still be in use).
    expect(childrenOf(first, 'r')[1]!.title).toBe('b');
  });

  it('always equals an index built from scratch, whatever sequence of edits, moves, adds and deletes', () => {
    const edit = fc.oneof(
      fc.record({ type: fc.constant('title' as const), pick: fc.nat(), title: fc.string({ maxLength: 5 }) }),
      fc.record({ type: fc.constant('move' as const), pick: fc.nat(), to: fc.nat(), rank: fc.constantFrom('a0', 'a1', 'a5', 'b0') }),
      fc.record({ type: fc.constant('add' as const), to: fc.nat(), rank: fc.constantFrom('a0', 'a3', 'a9') }),
      fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ type: fc.constant('many' as const), title: fc.string({ maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let nodes = frozenNodes([node('r', null, 'a0'), node('a', 'r', 'a1'), node('b', 'r', 'a2'), node('c', 'a', 'a0'), node('d', 'a', 'a0')]);
        let added = 0;
        for (const step of edits) {
          const ids = Object.keys(nodes).filter((id) => id !== 'r');
          nodes = produce(nodes, (draft) => {
            const picked = ids.length > 0 && 'pick' in step ? ids[step.pick % ids.length]! : undefined;
            if (step.type === 'title' && picked) draft[picked]!.title = step.title;
            if (step.type === 'move' && picked) {
              const targets = Object.keys(draft).filter((id) => id !== picked);
              draft[picked]!.parentId = targets[step.to % targets.length]!;
              draft[picked]!.rank = step.rank;
            }
            if (step.type === 'add') {
              const targets = Object.keys(draft);
              added += 1;
              draft[`n${added}`] = node(`n${added}`, targets[step.to % targets.length]!, step.rank);
            }
            if (step.type === 'delete' && picked) delete draft[picked];
            if (step.type === 'many') for (const id of Object.keys(draft)) draft[id]!.title = `${step.title}${id}`;
          });
          expect(indexTree(nodes)).toEqual(freshIndex(nodes));
        }
      }),
    );
  });
});
