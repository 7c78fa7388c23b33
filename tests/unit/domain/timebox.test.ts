import { describe, expect, it } from 'vitest';
import {
  formatClock,
  hasEnded,
  newTimebox,
  parseTimeboxLength,
  pauseTimebox,
  remainingAt,
  resetTimebox,
  setTimeboxLength,
  startTimebox,
} from '../../../src/domain/timebox';

const MIN = 60_000;

describe('a timebox', () => {
  it('counts down from the wall clock, however rarely it is read', () => {
    const running = startTimebox(newTimebox(5 * MIN), 1_000_000);
    expect(remainingAt(running, 1_000_000)).toBe(5 * MIN);
    // One read after four minutes, as a throttled background tab would do.
    expect(remainingAt(running, 1_000_000 + 4 * MIN)).toBe(MIN);
    expect(remainingAt(running, 1_000_000 + 9 * MIN)).toBe(0);
  });

  it('pauses and resumes without losing or gaining time', () => {
    let timebox = startTimebox(newTimebox(3 * MIN), 0);
    timebox = pauseTimebox(timebox, 30_000);
    expect(remainingAt(timebox, 500_000)).toBe(150_000);
    timebox = startTimebox(timebox, 500_000);
    expect(remainingAt(timebox, 560_000)).toBe(90_000);
  });

  it('ends at zero, and starting again after the end starts the full length', () => {
    let timebox = startTimebox(newTimebox(MIN), 0);
    expect(hasEnded(timebox, MIN - 1)).toBe(false);
    expect(hasEnded(timebox, MIN)).toBe(true);
    timebox = startTimebox(timebox, 2 * MIN);
    expect(remainingAt(timebox, 2 * MIN)).toBe(MIN);
    expect(hasEnded(newTimebox(MIN), 10 * MIN)).toBe(false);
  });

  it('resets to its length, stopped', () => {
    const timebox = resetTimebox(startTimebox(newTimebox(10 * MIN), 0));
    expect(timebox).toEqual(newTimebox(10 * MIN));
  });

  it('refuses lengths outside one second to three hours', () => {
    expect(() => setTimeboxLength(500)).toThrow(RangeError);
    expect(() => setTimeboxLength(4 * 60 * MIN)).toThrow(RangeError);
    expect(() => setTimeboxLength(Number.NaN)).toThrow(RangeError);
    expect(setTimeboxLength(15 * MIN).remainingMs).toBe(15 * MIN);
  });
});

describe('showing and typing times', () => {
  it('shows m:ss, rounding up so 0:00 means the end', () => {
    expect(formatClock(5 * MIN)).toBe('5:00');
    expect(formatClock(5 * MIN - 1)).toBe('5:00');
    expect(formatClock(59_001)).toBe('1:00');
    expect(formatClock(9_000)).toBe('0:09');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(75 * MIN)).toBe('75:00');
  });

  it('reads minutes, m:ss, seconds and minutes with seconds', () => {
    expect(parseTimeboxLength('7')).toBe(7 * MIN);
    expect(parseTimeboxLength(' 2:30 ')).toBe(150_000);
    expect(parseTimeboxLength('90s')).toBe(90_000);
    expect(parseTimeboxLength('4m')).toBe(4 * MIN);
    expect(parseTimeboxLength('1m30s')).toBe(90_000);
    expect(parseTimeboxLength('1.5')).toBe(90_000);
  });

  it('refuses text that is not a sensible length', () => {
    for (const text of ['', 'soon', '0', '2:75', '-3', '999', '0s', '1e3']) expect(parseTimeboxLength(text)).toBeNull();
  });
});
