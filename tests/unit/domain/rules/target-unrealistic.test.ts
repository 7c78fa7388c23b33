import { describe, expect, it } from 'vitest';
import { allowedFactor, remainingStretch, targetUnrealistic as rule } from '../../../../src/domain/rules/target-unrealistic';
import { dayNumber } from '../../../../src/domain/key-results/calendar-date';
import type { KeyResult } from '../../../../src/domain/types';
import { buildDoc, outcome, runRule } from './build-doc';

const TODAY = '2026-10-01';

function withKeyResult(fields: Partial<KeyResult>) {
  return buildDoc(outcome([], { keyResults: [{ id: 'kr', name: 'Weekly engagement', baseline: 100, target: 120, deadline: '2026-12-31', ...fields }] }));
}

describe('target-unrealistic', () => {
  it.each([
    ['+300 % within a quarter', { baseline: 100, target: 400, deadline: '2026-12-31' }],
    ['triple within a month', { baseline: 10, target: 30, deadline: '2026-10-31' }],
    ['a tenfold rise in half a year', { baseline: 5, target: 50, deadline: '2027-03-31' }],
    ['cutting 12 minutes to 2 within a quarter', { baseline: 12, target: 2, deadline: '2026-12-31', direction: 'decrease' as const }],
    ['from the last check-in, not the baseline', { baseline: 100, target: 150, deadline: '2026-11-15', checkIns: [{ date: '2026-09-20', value: 40 }] }],
  ])('flags %s', (_what, fields) => {
    const hits = runRule(rule, withKeyResult(fields), TODAY);
    expect(hits.map((hit) => hit.nodeId)).toEqual(['outcome']);
    expect(hits[0]?.fix).toEqual({ kind: 'revisit-target', label: 'Revisit the target', nodeId: 'outcome', keyResultId: 'kr' });
  });

  it.each([
    ['+20 % within a quarter', { baseline: 100, target: 120, deadline: '2026-12-31' }],
    ['doubling within a quarter (a stretch, not a fantasy)', { baseline: 100, target: 200, deadline: '2026-12-31' }],
    ['+300 % within two years', { baseline: 100, target: 400, deadline: '2028-10-01' }],
    ['12 → 8 minutes by the end of Q3', { baseline: 12, target: 8, deadline: '2027-09-30', direction: 'decrease' as const }],
    ['a target nearly reached at the deadline', { baseline: 10, target: 40, deadline: '2026-10-08', checkIns: [{ date: '2026-09-30', value: 38 }] }],
    ['a deadline already passed', { baseline: 100, target: 400, deadline: '2026-09-01' }],
    ['no deadline', { baseline: 100, target: 400, deadline: undefined }],
    ['a free-text deadline', { baseline: 100, target: 400, deadline: 'end of Q4' }],
    ['a baseline of zero (no ratio to judge)', { baseline: 0, target: 400 }],
    ['values of different signs', { baseline: -5, target: 20 }],
    ['no target', { target: undefined }],
  ])('passes %s', (_what, fields) => {
    expect(runRule(rule, withKeyResult(fields), TODAY)).toEqual([]);
  });

  it('says how big the change is and in how long', () => {
    const [hit] = runRule(rule, withKeyResult({ baseline: 100, target: 400, unit: '%' }), TODAY);
    expect(hit?.message).toBe(
      'The key result “Weekly engagement” of the outcome “More learners complete a 7-day streak” asks for 100% → 400% (+300 %) in 3 months. Set a target the team can reach by learning, or a later deadline.',
    );
  });

  it('allows doubling within a quarter and one more step per further quarter', () => {
    expect(allowedFactor(30)).toBe(2);
    expect(allowedFactor(91.3 * 3)).toBeCloseTo(4);
    const today = dayNumber(TODAY)!;
    expect(remainingStretch({ id: 'k', name: '', baseline: 8, target: 2, deadline: '2026-12-31' }, today)).toMatchObject({ factor: 4, from: 8 });
  });
});
