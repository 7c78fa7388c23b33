import { describe, expect, it } from 'vitest';
import { KEY_RESULT_ROW_HEIGHT, MAX_KEY_RESULT_ROWS, nodeSize } from '../../../src/domain/node-metrics';
import { treeToDoc } from '../../../src/domain/tree-doc';
import type { KeyResult, Tree } from '../../../src/domain/types';
import { buildTreeSvg } from '../../../src/export/svg';

function pictureOf(keyResults: KeyResult[]): string {
  const nodes: Tree['nodes'] = [{ id: 'o', kind: 'outcome', parentId: null, title: 'More learners finish a streak', keyResults }];
  return buildTreeSvg(treeToDoc({ id: 't', title: 'T', createdAt: '', updatedAt: '', nodes, evidence: [] }), { background: 'white' }).svg;
}

const streaks: KeyResult = { id: 'kr-a', name: 'Streaks', baseline: 20, target: 30, unit: '%', checkIns: [{ date: '2026-11-01', value: 25 }] };
const minutes: KeyResult = { id: 'kr-b', name: 'Minutes <to> lesson', baseline: 12, target: 8, checkIns: [{ date: '2026-11-01', value: 13 }] };

describe('key results in an exported picture', () => {
  it('draws each key result with its progress, as on the canvas', () => {
    const svg = pictureOf([streaks, minutes]);
    expect(svg).toContain('data-kr-id="kr-a" data-progress="50"');
    expect(svg).toContain('data-kr-id="kr-b" data-progress="-25"');
    expect(svg).toContain('>50 %<');
    expect(svg).toContain('Minutes &lt;to&gt; lesson');
  });

  it('gives the outcome box room for each bar, up to the most shown', () => {
    const plain = nodeSize({ kind: 'outcome', title: 'x' });
    expect(nodeSize({ kind: 'outcome', title: 'x', keyResults: [streaks, minutes] }).height).toBe(plain.height + 2 * KEY_RESULT_ROW_HEIGHT);
    const many = Array.from({ length: MAX_KEY_RESULT_ROWS + 2 }, (_, index) => ({ ...streaks, id: `k${index}` }));
    expect(nodeSize({ kind: 'outcome', title: 'x', keyResults: many }).height).toBe(plain.height + MAX_KEY_RESULT_ROWS * KEY_RESULT_ROW_HEIGHT);
    expect(pictureOf(many)).toContain('+2 more key results');
  });

  it('says so when an outcome has no key result yet', () => {
    expect(pictureOf([])).toContain('No key result yet');
  });
});
