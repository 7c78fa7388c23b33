import { describe, expect, it } from 'vitest';
import { solutionUntested as rule } from '../../../../src/domain/rules/solution-untested';
import type { SolutionStatus } from '../../../../src/domain/types';
import type { NodeSpec } from './build-doc';
import { buildDoc, outcome, runRule } from './build-doc';

function solution(status: SolutionStatus | undefined, children: NodeSpec[] = []) {
  return buildDoc(outcome([{ kind: 'opportunity', children: [{ kind: 'solution', id: 'sol', title: 'Lock-screen widget', status, children }] }]));
}

describe('solution-untested', () => {
  it.each(['testing', 'validated', 'building', 'shipped'] as const)('flags a solution %s with no experiment', (status) => {
    expect(runRule(rule, solution(status)).map((hit) => hit.nodeId)).toEqual(['sol']);
  });

  it.each(['idea', 'discarded', undefined] as const)('does not ask a solution with status %s for an experiment', (status) => {
    expect(runRule(rule, solution(status))).toEqual([]);
  });

  it('passes a solution in testing with an experiment, whatever its state', () => {
    expect(runRule(rule, solution('testing', [{ kind: 'experiment', status: 'planned' }]))).toEqual([]);
  });

  it('says what status it claims and offers to add an experiment', () => {
    const [hit] = runRule(rule, solution('testing'));
    expect(hit?.message).toBe('“Lock-screen widget” is in testing without an experiment. Add one that tests its riskiest assumption.');
    expect(hit?.fix).toEqual({ kind: 'add-experiment', label: 'Add an experiment', nodeId: 'sol' });
  });
});
