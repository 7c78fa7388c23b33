import { describe, expect, it } from 'vitest';
import { outcomeNeedsMetric as rule } from '../../../../src/domain/rules/outcome-needs-metric';
import type { KeyResult } from '../../../../src/domain/types';
import { buildDoc, hitNodeIds, outcome, runRule } from './build-doc';

function withKeyResults(keyResults: KeyResult[] | undefined) {
  return buildDoc(outcome([], { keyResults }));
}

const complete: KeyResult = { id: 'kr-1', name: 'Streaks', baseline: 22, target: 30, deadline: '2027-06-30' };

describe('outcome-needs-metric (a key result with baseline, target and deadline)', () => {
  it('passes an outcome with a complete key result', () => {
    expect(runRule(rule, withKeyResults([complete]))).toEqual([]);
  });

  it('passes a baseline of zero, and a decrease', () => {
    expect(runRule(rule, withKeyResults([{ ...complete, baseline: 0, target: 100 }]))).toEqual([]);
    expect(runRule(rule, withKeyResults([{ ...complete, baseline: 12, target: 8, direction: 'decrease' }]))).toEqual([]);
  });

  it('passes when one of several key results is complete, the others still drafts', () => {
    expect(runRule(rule, withKeyResults([{ id: 'draft', name: 'Referrals' }, complete]))).toEqual([]);
  });

  it('flags an outcome without key results and offers to add one', () => {
    const hits = runRule(rule, withKeyResults(undefined));
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
    expect(hits[0]?.fix).toEqual({ kind: 'add-key-result', label: 'Add a key result', nodeId: 'outcome' });
    expect(hits[0]?.message).toContain('from a baseline to a target by a deadline');
    expect(hitNodeIds(rule, withKeyResults([]))).toEqual(['outcome']);
  });

  it('flags a key result without a deadline, naming what is missing, and offers to complete it', () => {
    const hits = runRule(rule, withKeyResults([{ ...complete, deadline: undefined }]));
    expect(hits[0]?.message).toContain('its deadline is missing');
    expect(hits[0]?.fix).toEqual({ kind: 'complete-key-result', label: 'Set baseline, target and deadline', nodeId: 'outcome', keyResultId: 'kr-1' });
  });

  it('flags a key result with a target but no baseline, or a baseline but no target', () => {
    expect(runRule(rule, withKeyResults([{ ...complete, baseline: undefined }]))[0]?.message).toContain('its baseline is missing');
    expect(hitNodeIds(rule, withKeyResults([{ ...complete, target: undefined }]))).toEqual(['outcome']);
  });

  it('names every missing part', () => {
    expect(runRule(rule, withKeyResults([{ id: 'kr', name: 'Streaks' }]))[0]?.message).toContain('its baseline, target and deadline are missing');
  });

  it('flags a key result whose numbers are not finite, or whose deadline is blank', () => {
    expect(hitNodeIds(rule, withKeyResults([{ ...complete, baseline: Number.NaN }]))).toEqual(['outcome']);
    expect(hitNodeIds(rule, withKeyResults([{ ...complete, deadline: '  ' }]))).toEqual(['outcome']);
  });
});

describe('outcome-needs-metric on a blank new tree', () => {
  it('names the untitled outcome plainly', () => {
    const doc = buildDoc(outcome([], { title: '', keyResults: undefined }));
    expect(runRule(rule, doc)[0]?.message).toBe(
      'Add a key result to the untitled outcome: what behaviour changes, from a baseline to a target by a deadline, so the team can tell whether it moves.',
    );
  });
});
