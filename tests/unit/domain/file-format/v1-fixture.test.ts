import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import { serializeTree } from '../../../../src/domain/file-format/serialize';
import { docToTree, treeToDoc } from '../../../../src/domain/tree-doc';
import type { Tree } from '../../../../src/domain/types';

// A file written by format version 1. It is never edited: every later version must still open it
// (through its migrations) with the same content.
const V1_FILE = readFileSync(new URL('../../../fixtures/v1-example.ost.json', import.meta.url), 'utf8');

function openFixture(): Tree {
  const result = parseImport(V1_FILE);
  if (!result.ok) throw new Error(`${result.error.message}\n${result.error.problems.join('\n')}`);
  expect(result.source).toBe('tree');
  expect(result.warnings).toEqual([]);
  expect(result.trees).toHaveLength(1);
  const [tree] = result.trees;
  if (!tree) throw new Error('no tree');
  return tree;
}

describe('the committed version 1 file', () => {
  it('still opens, with its title, settings and every node and evidence item', () => {
    const tree = openFixture();
    expect(tree.title).toBe('Team onboarding — Q1');
    expect(tree.createdAt).toBe('2026-10-02T09:14:31.002Z');
    expect(tree.settings).toEqual({ silencedRules: ['evidence-unused'] });
    expect(tree.nodes).toHaveLength(11);
    expect(tree.evidence.map((item) => item.id)).toEqual(['eV1dInt3rv01', 'eV1dSupp0rt2', 'eV1dObs3rv03', 'eV1dAnalyt04']);
  });

  it('keeps the outcome, its metric now its one key result (format version 2)', () => {
    const [root] = openFixture().nodes;
    expect(root).toMatchObject({ kind: 'outcome', parentId: null, status: 'active' });
    expect(root).not.toHaveProperty('metric');
    expect(root?.keyResults).toEqual([
      { id: expect.any(String), name: 'Week-4 team retention', baseline: 31, target: 45, unit: '%', deadline: '2027-03-31' },
    ]);
  });

  it('keeps the target opportunity, its evidence links and its solutions in order', () => {
    const tree = openFixture();
    const target = tree.nodes.find((node) => node.target === true);
    expect(target?.title).toBe("I don't know how to get my team to join");
    expect(target?.evidenceIds).toEqual(['eV1dInt3rv01', 'eV1dSupp0rt2', 'eV1dObs3rv03']);
    const firstHand = tree.evidence.filter((item) => target?.evidenceIds?.includes(item.id) && item.firstHand);
    expect(firstHand).toHaveLength(2);
    const children = tree.nodes.filter((node) => node.parentId === target?.id).map((node) => node.title);
    expect(children).toEqual([
      'Colleagues ignore the invitation email',
      'Invite people from a Slack channel',
      'A shareable invite link',
      'Starter board that asks the admin to @-mention teammates',
    ]);
  });

  it('keeps the experiments’ assumptions, criteria and results', () => {
    const experiments = openFixture().nodes.filter((node) => node.kind === 'experiment');
    expect(experiments[0]).toMatchObject({
      status: 'passed',
      assumptionType: 'desirability',
      successCriterion: 'At least 15% of new admins click the button within a week.',
      result: '22% clicked (n = 412); most from teams of 5–20 people.',
    });
    expect(experiments[1]).not.toHaveProperty('result');
  });

  it('exports again to a file that opens to the same tree', () => {
    const tree = openFixture();
    const doc = treeToDoc(tree);
    const again = parseImport(serializeTree(doc));
    expect(again.ok && again.trees).toEqual([docToTree(doc)]);
    expect(docToTree(doc).nodes).toEqual(tree.nodes);
  });
});
