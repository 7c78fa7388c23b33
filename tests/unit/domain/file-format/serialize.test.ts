import { describe, expect, it } from 'vitest';
import { serializeBackup, serializeTree } from '../../../../src/domain/file-format/serialize';
import { treeToDoc } from '../../../../src/domain/tree-doc';
import type { TreeDoc } from '../../../../src/domain/types';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { sampleTree, sampleTreeFile, type SampleTree } from './sample-files';

function sampleDoc(tree: SampleTree = sampleTree()): TreeDoc {
  const result = parseImport(JSON.stringify(sampleTreeFile(tree)));
  if (!result.ok || !result.trees[0]) throw new Error('sample does not parse');
  return treeToDoc(result.trees[0]);
}

describe('serializeTree', () => {
  it('writes the envelope of format version 2 with the export time', () => {
    const file = JSON.parse(serializeTree(sampleDoc(), '2026-05-05T10:00:00.000Z')) as Record<string, unknown>;
    expect(file.format).toBe('ost-tree');
    expect(file.version).toBe(2);
    expect(file.exportedAt).toBe('2026-05-05T10:00:00.000Z');
    expect(file).toHaveProperty('tree.title', 'Checkout');
  });

  it('indents with two spaces', () => {
    expect(serializeTree(sampleDoc())).toMatch(/^\{\n {2}"format": "ost-tree",\n {2}"version": 2,/);
  });

  it('writes nodes depth-first in sibling order, without ranks', () => {
    const doc = sampleDoc();
    // Put opp-2 before opp-1 among the outcome's children, and shuffle the record's key order.
    const opp1 = doc.nodes['opp-1'];
    const opp2 = doc.nodes['opp-2'];
    if (!opp1 || !opp2) throw new Error('sample changed');
    [opp1.rank, opp2.rank] = [opp2.rank, opp1.rank];
    doc.nodes = Object.fromEntries(Object.entries(doc.nodes).reverse());
    const file = JSON.parse(serializeTree(doc)) as { tree: { nodes: Array<Record<string, unknown>> } };
    expect(file.tree.nodes.map((node) => node.id)).toEqual(['outcome', 'opp-2', 'opp-1', 'sol-1', 'exp-1']);
    for (const node of file.tree.nodes) expect(node).not.toHaveProperty('rank');
  });

  it('writes the evidence and the links to it', () => {
    const file = JSON.parse(serializeTree(sampleDoc())) as { tree: { nodes: Array<Record<string, unknown>>; evidence: unknown[] } };
    expect(file.tree.evidence).toHaveLength(1);
    expect(file.tree.nodes[1]?.evidenceIds).toEqual(['ev-1']);
  });
});

describe('serializeBackup', () => {
  it('writes every tree under one backup envelope', () => {
    const first = sampleDoc();
    const second = sampleDoc({ ...sampleTree(), id: 'tree-2', title: 'Search' });
    const file = JSON.parse(serializeBackup([first, second], '2026-05-05T10:00:00.000Z')) as Record<string, unknown>;
    expect(file).toMatchObject({ format: 'ost-backup', version: 2, exportedAt: '2026-05-05T10:00:00.000Z' });
    expect((file.trees as Array<{ title: string }>).map((tree) => tree.title)).toEqual(['Checkout', 'Search']);
  });

  it('writes an empty backup that opens as no trees', () => {
    const result = parseImport(serializeBackup([]));
    expect(result.ok && result.trees).toEqual([]);
  });
});
