import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../../src/domain/key-results/calendar-date';
import { reviewRows } from '../../../../src/domain/key-results/review-rows';
import { buildDoc, outcome } from '../rules/build-doc';

describe('the outcome review rows', () => {
  it('lists every key result with progress, last check-in and whether a check-in is due', () => {
    const doc = buildDoc(
      outcome([], {
        keyResults: [
          { id: 'fresh', name: 'A', baseline: 0, target: 10, checkIns: [{ date: '2026-11-20', value: 5 }] },
          { id: 'stale', name: 'B', baseline: 10, target: 0, checkIns: [{ date: '2026-11-01', value: 8 }] },
        ],
      }),
    );
    const rows = reviewRows(doc, dayNumber('2026-11-30')!);
    expect(rows.map((row) => [row.keyResult.id, row.progress, row.lastCheckIn?.value, row.daysSince, row.due])).toEqual([
      ['fresh', 50, 5, 10, false],
      ['stale', 20, 8, 29, true],
    ]);
  });

  it('never marks a key result of an achieved outcome as due', () => {
    const doc = buildDoc(outcome([], { status: 'achieved', keyResults: [{ id: 'k', name: 'A', checkIns: [{ date: '2026-01-01', value: 1 }] }] }));
    expect(reviewRows(doc, dayNumber('2026-11-30')!)[0]?.due).toBe(false);
  });
});
