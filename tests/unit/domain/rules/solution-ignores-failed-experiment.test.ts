import { describe, expect, it } from 'vitest';
import { solutionIgnoresFailedExperiment as rule } from '../../../../src/domain/rules/solution-ignores-failed-experiment';
import type { ExperimentStatus, SolutionStatus } from '../../../../src/domain/types';
import { buildDoc, evidence, outcome, runRule } from './build-doc';

function solution(status: SolutionStatus, experiments: Array<ExperimentStatus | undefined>) {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        evidenceIds: ['i'],
        children: [
          {
            kind: 'solution',
            id: 'sol',
            title: 'Streak freeze',
            status,
            children: experiments.map((experimentStatus, index) => ({ kind: 'experiment' as const, title: `Test ${index + 1}`, status: experimentStatus })),
          },
        ],
      },
    ]),
    [evidence('i', 'interview')],
  );
}

describe('solution-ignores-failed-experiment', () => {
  it.each([
    ['building', ['failed']],
    ['shipped', ['failed']],
    ['building', ['passed', 'failed']],
    ['building', ['passed', 'failed', 'planned']],
    ['shipped', ['inconclusive', 'failed', 'running']],
  ] as const)('flags a %s solution whose experiments went %j', (status, experiments) => {
    const hits = runRule(rule, solution(status, [...experiments]));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['sol']);
    expect(hits[0]?.fix).toEqual({ kind: 'set-status', label: 'Rethink the status', nodeId: 'sol' });
  });

  it.each([
    ['building', ['failed', 'passed']],
    ['building', ['failed', 'inconclusive']],
    ['building', ['passed']],
    ['building', []],
    ['building', ['planned', 'running']],
    ['testing', ['failed']],
    ['idea', ['failed']],
    ['discarded', ['failed']],
    ['validated', ['failed']],
  ] as const)('passes a %s solution whose experiments went %j', (status, experiments) => {
    expect(runRule(rule, solution(status, [...experiments]))).toEqual([]);
  });

  it('names the failed experiment', () => {
    const [hit] = runRule(rule, solution('shipped', ['passed', 'failed']));
    expect(hit?.message).toBe(
      '“Streak freeze” is shipped although its most recent experiment, “Test 2”, failed. Rethink it, or run a new test before building on.',
    );
  });
});
