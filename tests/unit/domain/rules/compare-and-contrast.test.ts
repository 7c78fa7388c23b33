import { describe, expect, it } from 'vitest';
import { compareAndContrast as rule } from '../../../../src/domain/rules/compare-and-contrast';
import type { SolutionStatus } from '../../../../src/domain/types';
import type { NodeSpec } from './build-doc';
import { buildDoc, outcome, runRule } from './build-doc';

function targetWith(statuses: SolutionStatus[], extra: NodeSpec[] = []) {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        id: 'target',
        title: 'Evenings are busy with family',
        target: true,
        children: [...statuses.map((status): NodeSpec => ({ kind: 'solution', status })), ...extra],
      },
    ]),
  );
}

describe('compare-and-contrast', () => {
  it('passes a target opportunity with three solutions in play', () => {
    expect(runRule(rule, targetWith(['idea', 'testing', 'validated']))).toEqual([]);
  });

  it('flags a target with two solutions and asks for one more', () => {
    const hits = runRule(rule, targetWith(['idea', 'idea']));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['target']);
    expect(hits[0]?.message).toBe(
      'The target opportunity “Evenings are busy with family” has only 2 solutions in play. Add one more so you compare and contrast before you pick.',
    );
    expect(hits[0]?.fix).toEqual({ kind: 'add-solution', label: 'Add a solution', nodeId: 'target' });
  });

  it('flags a target with no solutions and asks for three', () => {
    const [hit] = runRule(rule, targetWith([]));
    expect(hit?.message).toContain('has no solutions in play. Add 3 more');
  });

  it('does not count discarded solutions', () => {
    expect(runRule(rule, targetWith(['idea', 'idea', 'discarded'])).map((hit) => hit.nodeId)).toEqual(['target']);
  });

  it('does not count solutions under a sub-opportunity', () => {
    const doc = targetWith(['idea'], [
      { kind: 'opportunity', children: [{ kind: 'solution' }, { kind: 'solution' }, { kind: 'solution' }] },
    ]);
    expect(runRule(rule, doc).map((hit) => hit.nodeId)).toEqual(['target']);
  });

  it('leaves opportunities that are not the target alone', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', children: [{ kind: 'solution' }] }]));
    expect(runRule(rule, doc)).toEqual([]);
  });
});

describe('compare-and-contrast on an untitled target', () => {
  it('still reads as a sentence', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', title: '', target: true }]));
    expect(runRule(rule, doc)[0]?.message).toMatch(/^The untitled target opportunity has no solutions in play\./);
  });
});
