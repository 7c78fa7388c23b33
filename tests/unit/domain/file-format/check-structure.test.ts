import { describe, expect, it } from 'vitest';
import { checkStructure } from '../../../../src/domain/file-format/check-structure';
import type { Tree } from '../../../../src/domain/types';

type FileNode = Tree['nodes'][number];

function tree(nodes: Array<Pick<FileNode, 'id' | 'kind' | 'parentId'> & Partial<FileNode>>, evidence: Tree['evidence'] = []): Tree {
  return {
    id: 't',
    title: 'T',
    createdAt: '',
    updatedAt: '',
    nodes: nodes.map((node) => ({ title: '', ...node })),
    evidence,
  };
}

const root = { id: 'root', kind: 'outcome', parentId: null } as const;

describe('checkStructure', () => {
  it('finds nothing wrong in a sound tree', () => {
    expect(
      checkStructure(
        tree(
          [root, { id: 'o', kind: 'opportunity', parentId: 'root', evidenceIds: ['e'] }, { id: 's', kind: 'solution', parentId: 'o', status: 'testing' }],
          [{ id: 'e', kind: 'interview', firstHand: true, summary: '' }],
        ),
        'tree',
      ),
    ).toEqual([]);
  });

  it('prefixes every path with where the tree sits in the file', () => {
    expect(checkStructure(tree([root, { id: 'o', kind: 'opportunity', parentId: 'gone' }]), 'trees[3]')).toEqual([
      'trees[3].nodes[1].parentId: no node with id "gone"',
    ]);
  });

  it('calls a node that is its own parent a cycle', () => {
    expect(checkStructure(tree([root, { id: 'o', kind: 'opportunity', parentId: 'o' }]), 'tree')).toEqual([
      'tree.nodes[1].parentId: the parents form a cycle ("o" → "o")',
    ]);
  });

  it('names a cycle once, at its first node in the file, and not the nodes hanging below it', () => {
    const problems = checkStructure(
      tree([
        root,
        { id: 'below', kind: 'solution', parentId: 'b' },
        { id: 'a', kind: 'opportunity', parentId: 'b' },
        { id: 'b', kind: 'opportunity', parentId: 'a' },
      ]),
      'tree',
    );
    expect(problems).toEqual(['tree.nodes[2].parentId: the parents form a cycle ("a" → "b" → "a")']);
  });

  it('names each of two separate cycles', () => {
    const problems = checkStructure(
      tree([
        root,
        { id: 'a', kind: 'opportunity', parentId: 'b' },
        { id: 'b', kind: 'opportunity', parentId: 'a' },
        { id: 'c', kind: 'opportunity', parentId: 'c' },
      ]),
      'tree',
    );
    expect(problems).toHaveLength(2);
    expect(problems[1]).toBe('tree.nodes[3].parentId: the parents form a cycle ("c" → "c")');
  });

  it('shortens a long cycle in its message', () => {
    const ring = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, kind: 'opportunity' as const, parentId: `n${(i + 1) % 1000}` }));
    const [problem] = checkStructure(tree([root, ...ring]), 'tree');
    expect(problem).toBe('tree.nodes[1].parentId: the parents form a cycle ("n0" → "n1" → "n2" → "n3" → … 996 more → "n0")');
  });

  it('reports a missing root and the cycle that replaces it', () => {
    const problems = checkStructure(
      tree([
        { id: 'a', kind: 'outcome', parentId: 'b' },
        { id: 'b', kind: 'opportunity', parentId: 'a' },
      ]),
      'tree',
    );
    expect(problems).toEqual([
      'tree.nodes: no root outcome (a node whose parentId is null)',
      'tree.nodes[0].parentId: the parents form a cycle ("a" → "b" → "a")',
    ]);
  });

  it('does not look for cycles while ids are ambiguous', () => {
    const problems = checkStructure(
      tree([root, { id: 'a', kind: 'opportunity', parentId: 'root' }, { id: 'a', kind: 'opportunity', parentId: 'a' }]),
      'tree',
    );
    expect(problems).toEqual(['tree.nodes[2].id: "a" is already the id of tree.nodes[1]']);
  });

  it('accepts every status of each kind and no status at all', () => {
    const problems = checkStructure(
      tree([
        { ...root, status: 'achieved' },
        { id: 'o', kind: 'opportunity', parentId: 'root', status: 'parked' },
        { id: 's', kind: 'solution', parentId: 'o', status: 'shipped' },
        { id: 'x', kind: 'experiment', parentId: 's', status: 'inconclusive' },
        { id: 'y', kind: 'experiment', parentId: 's' },
      ]),
      'tree',
    );
    expect(problems).toEqual([]);
  });

  it('quotes a long id only in part', () => {
    const [problem] = checkStructure(tree([root, { id: 'o', kind: 'opportunity', parentId: 'y'.repeat(100) }]), 'tree');
    expect(problem).toBe(`tree.nodes[1].parentId: no node with id "${'y'.repeat(40)}…"`);
  });
});
