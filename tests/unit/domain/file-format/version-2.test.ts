import { describe, expect, it } from 'vitest';
import { MAX_MEASURE_MAGNITUDE } from '../../../../src/domain/file-format/limits';
import { migrateV1ToV2 } from '../../../../src/domain/file-format/migrate-v1-to-v2';
import { parseImport } from '../../../../src/domain/file-format/parse-file';
import type { ImportResult } from '../../../../src/domain/file-format/import-result';
import { sampleTree, sampleTreeFile, type SampleTree } from './sample-files';

function v2File(edit: (tree: SampleTree) => void): string {
  const tree = sampleTree();
  edit(tree);
  return JSON.stringify({ ...sampleTreeFile(tree), version: 2 });
}

function problems(result: ImportResult): string[] {
  return result.ok ? [] : result.error.problems;
}

const keyResult = { id: 'kr-1', name: 'Completed orders per week', baseline: 120, target: 150, deadline: '2027-03-31' };

describe('format version 1 → 2', () => {
  it('turns each outcome metric into one key result with a fresh id, and keeps everything else', () => {
    const tree = sampleTree();
    tree.nodes[0] = { ...tree.nodes[0]!, metric: { name: 'Orders', baseline: 1, target: 2, unit: 'k', deadline: '2027-01-01' } };
    const migrated = migrateV1ToV2(tree, () => 'fresh') as SampleTree;
    expect(migrated.nodes[0]).toEqual({
      id: 'outcome',
      kind: 'outcome',
      parentId: null,
      title: 'More completed orders',
      status: 'active',
      keyResults: [{ id: 'fresh', name: 'Orders', baseline: 1, target: 2, unit: 'k', deadline: '2027-01-01' }],
    });
    expect(migrated.nodes.slice(1)).toEqual(tree.nodes.slice(1));
    expect(migrated.evidence).toEqual(tree.evidence);
  });

  it('opens a version 1 file with its metric as a key result', () => {
    const tree = sampleTree();
    tree.nodes[0] = { ...tree.nodes[0]!, metric: { name: 'Orders', baseline: 1, target: 2 } };
    const result = parseImport(JSON.stringify(sampleTreeFile(tree)));
    expect(result.ok && result.trees[0]?.nodes[0]?.keyResults).toEqual([{ id: expect.any(String), name: 'Orders', baseline: 1, target: 2 }]);
  });

  it('gives each migrated key result its own id', () => {
    const tree = sampleTree();
    tree.nodes[0] = { ...tree.nodes[0]!, metric: { name: 'A' } };
    const first = parseImport(JSON.stringify(sampleTreeFile(tree)));
    const second = parseImport(JSON.stringify(sampleTreeFile(tree)));
    const idOf = (result: ImportResult) => (result.ok ? result.trees[0]?.nodes[0]?.keyResults?.[0]?.id : undefined);
    expect(idOf(first)).toMatch(/^[0-9a-zA-Z]{12}$/);
    expect(idOf(first)).not.toBe(idOf(second));
  });

  it('refuses, naming the node, a version 1 metric that is not an object', () => {
    const tree = sampleTree();
    tree.nodes[0] = { ...tree.nodes[0]!, metric: '42 %' };
    const result = parseImport(JSON.stringify(sampleTreeFile(tree)));
    expect(!result.ok && result.error.kind).toBe('migration-failed');
    expect(problems(result)).toEqual(['tree: cannot migrate from version 1 to 2: nodes[0].metric: the metric is not an object']);
  });

  it('does not read a metric in a version 2 file: there is none in version 2', () => {
    const result = parseImport(v2File((tree) => (tree.nodes[0]!.metric = { name: 'Orders', baseline: 1, target: 2 })));
    expect(result.ok && result.trees[0]?.nodes[0]).not.toHaveProperty('metric');
    expect(result.ok && result.trees[0]?.nodes[0]).not.toHaveProperty('keyResults');
  });

  it('refuses a version 3 file as made by a newer editor', () => {
    const result = parseImport(JSON.stringify({ ...sampleTreeFile(), version: 3 }));
    expect(!result.ok && result.error.kind).toBe('too-new');
    expect(!result.ok && result.error.message).toContain('newer version of the editor (format version 3)');
  });
});

describe('key results in a version 2 file', () => {
  it('opens key results with check-ins, an objective and a business goal', () => {
    const result = parseImport(
      v2File((tree) => {
        Object.assign(tree.nodes[0]!, {
          objective: 'Buying feels effortless',
          businessGoal: 'Grow repeat revenue',
          keyResults: [{ ...keyResult, direction: 'increase', unit: 'orders', checkIns: [{ date: '2026-11-02', value: 124, note: 'first week' }] }],
        });
      }),
    );
    expect(result.ok && result.trees[0]?.nodes[0]).toMatchObject({
      objective: 'Buying feels effortless',
      keyResults: [{ id: 'kr-1', checkIns: [{ date: '2026-11-02', value: 124, note: 'first week' }] }],
    });
  });

  it('refuses key results, an objective or a business goal on a node that is not an outcome', () => {
    const result = parseImport(
      v2File((tree) => {
        Object.assign(tree.nodes[1]!, { keyResults: [keyResult], objective: 'x' });
      }),
    );
    expect(problems(result)).toEqual([
      'tree.nodes[1].keyResults: only an outcome has key results, not an opportunity',
      'tree.nodes[1].objective: only an outcome has an objective, not an opportunity',
    ]);
  });

  it('refuses two key results of one outcome with the same id', () => {
    const result = parseImport(v2File((tree) => Object.assign(tree.nodes[0]!, { keyResults: [keyResult, { ...keyResult, name: 'Other' }] })));
    expect(problems(result)).toEqual(['tree.nodes[0].keyResults[1].id: "kr-1" is already the id of tree.nodes[0].keyResults[0]']);
  });

  it('refuses a check-in on a day that does not exist, or without a value', () => {
    const badDate = parseImport(
      v2File((tree) => Object.assign(tree.nodes[0]!, { keyResults: [{ ...keyResult, checkIns: [{ date: '2027-02-30', value: 1 }] }] })),
    );
    expect(problems(badDate)).toEqual(['tree.nodes[0].keyResults[0].checkIns[0].date: expected a date as YYYY-MM-DD']);
    const noValue = parseImport(v2File((tree) => Object.assign(tree.nodes[0]!, { keyResults: [{ ...keyResult, checkIns: [{ date: '2027-02-01' }] }] })));
    expect(problems(noValue)[0]).toMatch(/^tree\.nodes\[0\]\.keyResults\[0\]\.checkIns\[0\]\.value: /);
  });

  it('refuses numbers beyond the measure limit', () => {
    const result = parseImport(v2File((tree) => Object.assign(tree.nodes[0]!, { keyResults: [{ ...keyResult, target: MAX_MEASURE_MAGNITUDE * 10 }] })));
    expect(problems(result)[0]).toMatch(/^tree\.nodes\[0\]\.keyResults\[0\]\.target: /);
  });

  it('refuses a direction other than increase or decrease', () => {
    const result = parseImport(v2File((tree) => Object.assign(tree.nodes[0]!, { keyResults: [{ ...keyResult, direction: 'up' }] })));
    expect(problems(result)[0]).toMatch(/^tree\.nodes\[0\]\.keyResults\[0\]\.direction: /);
  });

  it('puts check-ins out of date order in order, oldest first, and says so', () => {
    const checkIns = [
      { date: '2026-11-16', value: 3 },
      { date: '2026-11-02', value: 1 },
      { date: '2026-11-16', value: 4 },
    ];
    const result = parseImport(v2File((tree) => Object.assign(tree.nodes[0]!, { keyResults: [{ ...keyResult, checkIns }] })));
    expect(result.ok && result.trees[0]?.nodes[0]?.keyResults?.[0]?.checkIns?.map((checkIn) => checkIn.value)).toEqual([1, 3, 4]);
    expect(result.ok && result.warnings).toEqual(['tree.nodes[0].keyResults[0].checkIns: put in date order, oldest first']);
  });
});
