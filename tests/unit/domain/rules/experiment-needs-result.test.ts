import { describe, expect, it } from 'vitest';
import { experimentNeedsResult as rule } from '../../../../src/domain/rules/experiment-needs-result';
import type { ExperimentStatus } from '../../../../src/domain/types';
import { buildDoc, outcome, runRule } from './build-doc';

function experiment(status: ExperimentStatus, result?: string) {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        children: [{ kind: 'solution', children: [{ kind: 'experiment', id: 'exp', title: 'A/B test of reminder time', status, result, successCriterion: '5 points higher' }] }],
      },
    ]),
  );
}

describe('experiment-needs-result', () => {
  it.each(['passed', 'failed'] as const)('flags a %s experiment with no result', (status) => {
    expect(runRule(rule, experiment(status)).map((hit) => hit.nodeId)).toEqual(['exp']);
  });

  it('treats a blank result as none', () => {
    expect(runRule(rule, experiment('failed', ' \n ')).map((hit) => hit.nodeId)).toEqual(['exp']);
  });

  it('passes a passed experiment with a result', () => {
    expect(runRule(rule, experiment('passed', 'Open rate up 7 points (n = 3,400)'))).toEqual([]);
  });

  it.each(['planned', 'running', 'inconclusive'] as const)('does not ask a %s experiment for a result', (status) => {
    expect(runRule(rule, experiment(status))).toEqual([]);
  });

  it('names the verdict and offers to write the result', () => {
    const [hit] = runRule(rule, experiment('passed'));
    expect(hit?.message).toBe(
      '“A/B test of reminder time” is marked passed but has no result. Write what you saw, so the team can check the call.',
    );
    expect(hit?.fix).toEqual({ kind: 'write-result', label: 'Write the result', nodeId: 'exp' });
  });
});
