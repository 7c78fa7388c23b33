/** Small, valid file objects that tests copy and break one way at a time. */

export interface SampleNode {
  id: string;
  kind: string;
  parentId: string | null;
  /** Not typed as string, so tests can put a wrong type in. */
  title: unknown;
  [field: string]: unknown;
}

export interface SampleTree {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  nodes: SampleNode[];
  evidence: Array<Record<string, unknown>>;
  [field: string]: unknown;
}

export function sampleTree(): SampleTree {
  return {
    id: 'tree-1',
    title: 'Checkout',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    nodes: [
      { id: 'outcome', kind: 'outcome', parentId: null, title: 'More completed orders', status: 'active' },
      { id: 'opp-1', kind: 'opportunity', parentId: 'outcome', title: 'Shipping costs surprise me', evidenceIds: ['ev-1'] },
      { id: 'sol-1', kind: 'solution', parentId: 'opp-1', title: 'Show shipping on the product page', status: 'idea' },
      { id: 'exp-1', kind: 'experiment', parentId: 'sol-1', title: 'Five-second test', status: 'planned' },
      { id: 'opp-2', kind: 'opportunity', parentId: 'outcome', title: 'I forget my password' },
    ],
    evidence: [{ id: 'ev-1', kind: 'interview', firstHand: true, summary: 'Three of five buyers left at the shipping step.' }],
  };
}

export function sampleTreeFile(tree: SampleTree = sampleTree()): Record<string, unknown> & { tree: SampleTree } {
  return { format: 'ost-tree', version: 1, exportedAt: '2026-01-03T00:00:00.000Z', tree };
}

export function sampleBackupFile(trees: SampleTree[]): Record<string, unknown> & { trees: SampleTree[] } {
  return { format: 'ost-backup', version: 1, exportedAt: '2026-01-03T00:00:00.000Z', trees };
}

/** A chain of `count` opportunities under one outcome: a tree with exactly `count + 1` nodes. */
export function treeWithNodes(count: number): SampleTree {
  const nodes: SampleNode[] = [{ id: 'n0', kind: 'outcome', parentId: null, title: '' }];
  for (let i = 1; i <= count; i++) nodes.push({ id: `n${i}`, kind: 'opportunity', parentId: 'n0', title: '' });
  return { ...sampleTree(), nodes, evidence: [] };
}
