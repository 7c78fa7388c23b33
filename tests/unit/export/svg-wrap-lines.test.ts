import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWrappedLines, estimateTextWidth } from '../../../src/domain/node-metrics';
import { fitLine, wrapLines } from '../../../src/export/svg';

/** 10 px a character: easy to reason about. */
const tenPerCharacter = (text: string) => Array.from(text).length * 10;

describe('wrapLines', () => {
  it('fills each line with as many whole words as fit', () => {
    expect(wrapLines('Shipping costs surprise me at checkout', 150, tenPerCharacter)).toEqual(['Shipping costs', 'surprise me at', 'checkout']);
  });

  it('treats any run of whitespace as one break between words', () => {
    expect(wrapLines('  a\tb \n\n c  ', 1000, tenPerCharacter)).toEqual(['a b c']);
  });

  it('gives blank text one empty line, as countWrappedLines counts it', () => {
    expect(wrapLines('   ', 100, tenPerCharacter)).toEqual(['']);
    expect(countWrappedLines('   ', 100, tenPerCharacter)).toBe(1);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapLines('ab supercalifragilistic cd', 80, tenPerCharacter)).toEqual(['ab', 'supercal', 'ifragili', 'stic cd']);
  });

  it('never splits an emoji or other astral character', () => {
    const lines = wrapLines('😀😀😀😀😀', 20, tenPerCharacter);
    expect(lines).toEqual(['😀😀', '😀😀', '😀']);
  });

  it('ends the last allowed line with an ellipsis when the text goes on', () => {
    const lines = wrapLines('one two three four five six seven', 90, tenPerCharacter, 2);
    expect(lines).toEqual(['one two', 'three…']);
    for (const line of lines) expect(tenPerCharacter(line)).toBeLessThanOrEqual(90);
  });

  it('cuts a huge single word after the allowed lines without measuring all of it', () => {
    let measured = 0;
    const counting = (text: string) => {
      measured += 1;
      return tenPerCharacter(text);
    };
    const lines = wrapLines('x'.repeat(100_000), 100, counting, 4);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(`${'x'.repeat(9)}…`);
    expect(measured).toBeLessThan(200);
  });

  it('keeps a text that fits exactly in the allowed lines whole', () => {
    expect(wrapLines('aaaa bbbb', 40, tenPerCharacter, 2)).toEqual(['aaaa', 'bbbb']);
  });

  const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
  const text = fc.array(word, { maxLength: 30 }).map((words) => words.join(' '));

  it('never makes a line wider than the width', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z]{1,40}$/), { maxLength: 20 }), fc.integer({ min: 20, max: 300 }), fc.integer({ min: 1, max: 6 }), (words, width, maxLines) => {
        const lines = wrapLines(words.join(' '), width, estimateTextWidth, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(estimateTextWidth(line)).toBeLessThanOrEqual(width);
      }),
    );
  });

  it('makes as many lines as countWrappedLines counts when every word fits on a line', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 120, max: 400 }), (title, width) => {
        expect(wrapLines(title, width, estimateTextWidth).length).toBe(countWrappedLines(title, width, estimateTextWidth));
      }),
    );
  });

  it('keeps every word, in order, when nothing is cut', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 120, max: 400 }), (title, width) => {
        const words = title.split(' ').filter(Boolean);
        expect(wrapLines(title, width, estimateTextWidth).join(' ').split(' ').filter(Boolean)).toEqual(words);
      }),
    );
  });
});

describe('fitLine', () => {
  it('keeps a text that fits and cuts one that does not with an ellipsis', () => {
    expect(fitLine('3 evidence', 100, tenPerCharacter)).toBe('3 evidence');
    expect(fitLine('3 evidence (2 first-hand)', 100, tenPerCharacter)).toBe('3 evidenc…');
  });
});

describe('wrapLines between grapheme clusters', () => {
  const perCluster = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)).length * 10;

  it('breaks a long run of family emoji between emoji, never inside one', () => {
    const family = '👨‍👩‍👧‍👦';
    const lines = wrapLines(family.repeat(7), 30, perCluster);
    expect(lines).toEqual([family.repeat(3), family.repeat(3), family]);
  });

  it('breaks a run of flags between flags, never into their letters', () => {
    const flags = '🇩🇪🇫🇷🇯🇵🇮🇱🇸🇦';
    const lines = wrapLines(flags, 20, perCluster);
    expect(lines).toEqual(['🇩🇪🇫🇷', '🇯🇵🇮🇱', '🇸🇦']);
  });

  it('cuts with an ellipsis after a whole emoji', () => {
    const lines = wrapLines('👨‍👩‍👧‍👦'.repeat(10), 40, perCluster, 1);
    expect(lines).toEqual(['👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦…']);
  });
});
