import { describe, expect, it } from 'vitest';
import { outcomeNeedsMetric as rule } from '../../../../src/domain/rules/outcome-needs-metric';
import type { Metric } from '../../../../src/domain/types';
import { buildDoc, hitNodeIds, outcome, runRule } from './build-doc';

function withMetric(metric: Metric | undefined) {
  return buildDoc(outcome([], { metric }));
}

describe('outcome-needs-metric', () => {
  it('passes an outcome with a baseline and a target', () => {
    expect(runRule(rule, withMetric({ name: 'Streaks', baseline: 22, target: 30 }))).toEqual([]);
  });

  it('passes a baseline of zero', () => {
    expect(runRule(rule, withMetric({ name: 'Referrals', baseline: 0, target: 100 }))).toEqual([]);
  });

  it('flags an outcome with no metric and offers to set one', () => {
    const hits = runRule(rule, withMetric(undefined));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
    expect(hits[0]?.fix).toEqual({ kind: 'set-metric', label: 'Set a baseline and target', nodeId: 'outcome' });
    expect(hits[0]?.message).toContain('baseline and a target');
  });

  it('flags a metric with a target but no baseline', () => {
    expect(hitNodeIds(rule, withMetric({ name: 'Streaks', target: 30 }))).toEqual(['outcome']);
  });

  it('flags a metric with a baseline but no target', () => {
    expect(hitNodeIds(rule, withMetric({ name: 'Streaks', baseline: 22 }))).toEqual(['outcome']);
  });

  it('flags a metric whose numbers are not finite', () => {
    expect(hitNodeIds(rule, withMetric({ name: 'Streaks', baseline: Number.NaN, target: 30 }))).toEqual(['outcome']);
  });
});

describe('outcome-needs-metric on a blank new tree', () => {
  it('names the untitled outcome plainly', () => {
    const doc = buildDoc(outcome([], { title: '', metric: undefined }));
    expect(runRule(rule, doc)[0]?.message).toBe(
      'Set a metric with a baseline and a target for the untitled outcome, so the team can tell whether it moves.',
    );
  });
});
