import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { serializeTree } from '../../../../src/domain/file-format/serialize';
import { docToTree, treeToDoc } from '../../../../src/domain/tree-doc';
import type { Tree } from '../../../../src/domain/types';

// A file written by format version 2: key results with check-ins, objective and business goal.
// It is never edited: every later version must still open it with the same content.
const V2_FILE = readFileSync(new URL('../../../fixtures/v2-example.ost.json', import.meta.url), 'utf8');

function openFixture(): Tree {
  const result = parseImport(V2_FILE);
  if (!result.ok) throw new Error(`${result.error.message}\n${result.error.problems.join('\n')}`);
  expect(result.warnings).toEqual([]);
  const [tree] = result.trees;
  if (!tree) throw new Error('no tree');
  return tree;
}

describe('the committed version 2 file', () => {
  it('opens with its objective, business goal and both key results, check-ins in order', () => {
    const [root] = openFixture().nodes;
    expect(root?.objective).toBe('New teams make the board part of how they work');
    expect(root?.businessGoal).toBe('Raise net revenue retention to 110 % by the end of 2027');
    expect(root?.keyResults?.map((keyResult) => [keyResult.id, keyResult.direction, keyResult.checkIns?.length])).toEqual([
      ['kR1w4Ret3ntn', 'increase', 3],
      ['kR2m1nFr5tBd', 'decrease', 2],
    ]);
    expect(root?.keyResults?.[0]?.checkIns?.[1]).toEqual({ date: '2026-11-16', value: 33, note: 'first cohort with the invite link' });
  });

  it('has the same nodes and evidence as the version 1 file it grew from', () => {
    const tree = openFixture();
    expect(tree.nodes).toHaveLength(11);
    expect(tree.evidence).toHaveLength(4);
  });

  it('exports again to a file that opens to the same tree', () => {
    const doc = treeToDoc(openFixture());
    const again = parseImport(serializeTree(doc));
    expect(again.ok && again.trees).toEqual([docToTree(doc)]);
  });
});
