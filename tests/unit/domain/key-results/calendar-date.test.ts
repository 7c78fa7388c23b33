import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, isCalendarDate, localToday } from '../../../../src/domain/key-results/calendar-date';

describe('calendar dates', () => {
  it('accepts real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2027-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('refuses days that do not exist and other spellings', () => {
    for (const text of ['2027-02-29', '2027-13-01', '2027-00-10', '27-01-01', '2027-1-1', '2027-01-01T00:00', '', 'soon']) {
      expect(isCalendarDate(text)).toBe(false);
    }
  });

  it('counts whole days between dates, across a daylight-saving change', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect((dayNumber('2026-11-01') ?? 0) - (dayNumber('2026-10-18') ?? 0)).toBe(14);
    expect(dateOfDay(dayNumber('2026-03-29') ?? 0)).toBe('2026-03-29');
  });

  it('gives today in the local calendar', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
