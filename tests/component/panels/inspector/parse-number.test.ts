import { describe, expect, it } from 'vitest';
import { parseOptionalNumber, parseVotes } from '../../../../src/panels/inspector/parse-number';

describe('parseOptionalNumber', () => {
  it('reads empty text as "not set"', () => {
    expect(parseOptionalNumber('')).toEqual({ ok: true, value: undefined });
    expect(parseOptionalNumber('   ')).toEqual({ ok: true, value: undefined });
  });

  it('reads plain decimals, negative numbers and surrounding spaces', () => {
    expect(parseOptionalNumber('22')).toEqual({ ok: true, value: 22 });
    expect(parseOptionalNumber(' 3.5 ')).toEqual({ ok: true, value: 3.5 });
    expect(parseOptionalNumber('-4')).toEqual({ ok: true, value: -4 });
    expect(parseOptionalNumber('.5')).toEqual({ ok: true, value: 0.5 });
  });

  it.each([['abc'], ['12abc'], ['1,5'], ['0x1f'], ['1e3'], ['Infinity'], ['NaN'], ['-'], ['.']])('refuses %j', (text) => {
    expect(parseOptionalNumber(text).ok).toBe(false);
  });
});

describe('parseVotes', () => {
  it('takes whole numbers from zero up, and empty as no votes', () => {
    expect(parseVotes('0')).toEqual({ ok: true, value: 0 });
    expect(parseVotes('7')).toEqual({ ok: true, value: 7 });
    expect(parseVotes('')).toEqual({ ok: true, value: undefined });
  });

  it('refuses negative and fractional votes', () => {
    expect(parseVotes('-1').ok).toBe(false);
    expect(parseVotes('2.5').ok).toBe(false);
  });
});
