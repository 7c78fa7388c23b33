import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { prepareImports } from '../../../../src/domain/file-format/renew-ids';
import { serializeBackup, serializeTree } from '../../../../src/domain/file-format/serialize';
import { docToTree, treeToDoc } from '../../../../src/domain/tree-doc';
import type { Tree } from '../../../../src/domain/types';
import { siblingOrder, treeArbitrary } from './tree-arbitrary';

function importedTrees(text: string): Tree[] {
  const result = parseImport(text);
  if (!result.ok) throw new Error(`${result.error.message}\n${result.error.problems.join('\n')}`);
  expect(result.warnings).toEqual([]);
  return result.trees;
}

describe('export then import', () => {
  it('gives back the same tree: fields, structure, sibling order, evidence and links', () => {
    fc.assert(
      fc.property(treeArbitrary(), (tree) => {
        const doc = treeToDoc(tree);
        const [imported] = importedTrees(serializeTree(doc, '2026-01-01T00:00:00.000Z'));
        expect(imported).toEqual(docToTree(doc));
        expect(siblingOrder(imported ?? tree)).toEqual(siblingOrder(tree));
      }),
    );
  });

  it('gives back the same tree once it is prepared as a new tree, apart from its id', () => {
    fc.assert(
      fc.property(treeArbitrary(), (tree) => {
        const doc = treeToDoc(tree);
        const [prepared] = prepareImports(importedTrees(serializeTree(doc)), { treeIds: new Set([doc.meta.id]) });
        if (!prepared) throw new Error('nothing prepared');
        expect(prepared.meta.id).not.toBe(doc.meta.id);
        expect({ ...docToTree(prepared), id: doc.meta.id }).toEqual(docToTree(doc));
      }),
    );
  });

  it('gives back every tree of a backup, in order', () => {
    fc.assert(
      fc.property(fc.array(treeArbitrary(8, 3), { maxLength: 4 }), (trees) => {
        const docs = trees.map(treeToDoc);
        const result = parseImport(serializeBackup(docs));
        expect(result.ok && result.source).toBe('backup');
        expect(result.ok && result.trees).toEqual(docs.map(docToTree));
      }),
      { numRuns: 50 },
    );
  });
});
