import { describe, expect, it } from 'vitest';
import { checkInOverdue as rule, isCheckInDue } from '../../../../src/domain/rules/check-in-overdue';
import type { KeyResult, OutcomeStatus } from '../../../../src/domain/types';
import { buildDoc, outcome, runRule } from './build-doc';

const TODAY = '2026-10-30';

function treeWith(keyResults: KeyResult[], status: OutcomeStatus | undefined = 'active', createdAt = '2026-10-01T08:00:00.000Z') {
  const doc = buildDoc(outcome([], { status, keyResults }));
  doc.meta.createdAt = createdAt;
  return doc;
}

const kr = (checkIns: KeyResult['checkIns']): KeyResult => ({ id: 'kr', name: 'Streak completion', baseline: 22, target: 30, deadline: '2027-06-30', checkIns });

describe('check-in-overdue', () => {
  it('passes a key result checked in within the last 14 days', () => {
    expect(runRule(rule, treeWith([kr([{ date: '2026-10-16', value: 23 }])]), TODAY)).toEqual([]);
    expect(runRule(rule, treeWith([kr([{ date: '2026-10-29', value: 23 }])]), TODAY)).toEqual([]);
  });

  it('flags one whose last check-in is 15 days old, and offers to record one', () => {
    const hits = runRule(rule, treeWith([kr([{ date: '2026-09-01', value: 22 }, { date: '2026-10-15', value: 23 }])]), TODAY);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
    expect(hits[0]?.message).toContain('had no check-in for 15 days (last on 2026-10-15)');
    expect(hits[0]?.fix).toEqual({ kind: 'record-check-in', label: 'Record a check-in', nodeId: 'outcome', keyResultId: 'kr' });
  });

  it('counts from the tree’s start before the first check-in', () => {
    expect(runRule(rule, treeWith([kr(undefined)], 'active', '2026-10-20T10:00:00.000Z'), TODAY)).toEqual([]);
    const hits = runRule(rule, treeWith([kr(undefined)]), TODAY);
    expect(hits[0]?.message).toContain('has had no check-in in the 29 days since the tree was started');
  });

  it('asks only of active outcomes (no status counts as active)', () => {
    const stale = [kr([{ date: '2026-01-01', value: 23 }])];
    expect(runRule(rule, treeWith(stale, 'achieved'), TODAY)).toEqual([]);
    expect(runRule(rule, treeWith(stale, 'abandoned'), TODAY)).toEqual([]);
    expect(runRule(rule, treeWith(stale, undefined), TODAY)).toHaveLength(1);
  });

  it('reports each overdue key result', () => {
    const fresh = { ...kr([{ date: '2026-10-28', value: 23 }]), id: 'fresh' };
    const stale = { ...kr([{ date: '2026-09-28', value: 23 }]), id: 'stale' };
    expect(runRule(rule, treeWith([fresh, stale, { ...stale, id: 'stale-2' }]), TODAY).map((hit) => hit.fix?.keyResultId)).toEqual(['stale', 'stale-2']);
  });

  it('says nothing when no date can be read', () => {
    expect(isCheckInDue(kr(undefined), 100, null)).toBe(false);
  });
});
