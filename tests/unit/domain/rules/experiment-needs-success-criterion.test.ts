import { describe, expect, it } from 'vitest';
import { experimentNeedsSuccessCriterion as rule } from '../../../../src/domain/rules/experiment-needs-success-criterion';
import type { NodeSpec } from './build-doc';
import { buildDoc, outcome, runRule } from './build-doc';

function withExperiment(experiment: Partial<NodeSpec>) {
  return buildDoc(
    outcome([{ kind: 'opportunity', children: [{ kind: 'solution', children: [{ kind: 'experiment', id: 'exp', title: 'Fake-door test', ...experiment }] }] }]),
  );
}

describe('experiment-needs-success-criterion', () => {
  it('passes an experiment with a success criterion', () => {
    expect(runRule(rule, withExperiment({ successCriterion: 'At least 15% turn it on' }))).toEqual([]);
  });

  it('flags an experiment with none, whatever its status', () => {
    expect(runRule(rule, withExperiment({ status: 'planned' })).map((hit) => hit.nodeId)).toEqual(['exp']);
    expect(runRule(rule, withExperiment({ status: 'passed', result: 'Looked good' })).map((hit) => hit.nodeId)).toEqual(['exp']);
  });

  it('treats a blank criterion as none', () => {
    expect(runRule(rule, withExperiment({ successCriterion: '   ' })).map((hit) => hit.nodeId)).toEqual(['exp']);
  });

  it('asks for the criterion before running and offers to write it', () => {
    const [hit] = runRule(rule, withExperiment({}));
    expect(hit?.message).toBe(
      'Write a success criterion for “Fake-door test”: the result that would show the assumption holds, decided before you run it.',
    );
    expect(hit?.fix).toEqual({ kind: 'write-success-criterion', label: 'Write a success criterion', nodeId: 'exp' });
  });
});
