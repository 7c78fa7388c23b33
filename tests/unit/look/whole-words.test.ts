import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWordLines } from '../../../src/look/whole-words';

/** Every character 10 px wide: easy to reason about. */
const measure = (text: string) => Array.from(text).length * 10;

describe('wholeWordLines (zoomed-out titles)', () => {
  it('keeps a title that fits whole, broken between words', () => {
    expect(wholeWordLines('fits my team', 80, 3, measure)).toEqual(['fits my', 'team']);
  });

  it('cuts a title once, at the end, after a whole word, with one ellipsis', () => {
    const lines = wholeWordLines('Learners forget to practise in the evening', 100, 2, measure);
    expect(lines).toEqual(['Learners', 'forget to…']);
  });

  it('never cuts inside a word or a line, whatever the text and box', () => {
    const word = fc.stringMatching(/^[a-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.integer({ min: 60, max: 300 }), fc.integer({ min: 1, max: 5 }), (words, width, maxLines) => {
        const text = words.join(' ');
        const lines = wholeWordLines(text, width, maxLines, measure);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        const cut = lines.at(-1)!.endsWith('…');
        // Only the last line may carry the ellipsis, and only once.
        expect(lines.slice(0, -1).some((line) => line.includes('…'))).toBe(false);
        // Where every word fits a line (with room for the ellipsis), every line fits the box.
        const wordsFit = words.every((w) => (w.length + 1) * 10 <= width);
        if (wordsFit) for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        const shown = lines.join(' ').replace('…', '').split(' ').filter(Boolean);
        if (!cut) expect(shown).toEqual(words);
        else if (wordsFit) {
          // Whole words only: what is shown is the text's first words.
          expect(shown).toEqual(words.slice(0, shown.length));
          expect(shown.length).toBeLessThan(words.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('cuts a word wider than a whole line at that line, so no line is wider than the box', () => {
    // Ten px a character: "One-question" is 120 px wide, the box 100 px.
    const lines = wholeWordLines('Comparison table of plans', 80, 3, measure);
    expect(lines).toEqual(['Compari…']);
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,30}$/), { minLength: 1, maxLength: 12 }), fc.integer({ min: 60, max: 200 }), fc.integer({ min: 1, max: 4 }), (words, width, maxLines) => {
        for (const line of wholeWordLines(words.join(' '), width, maxLines, measure)) expect(measure(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 300 },
    );
  });

  it('breaks a hyphenated word after its hyphen, as a browser would, and joins it back when it fits', () => {
    expect(wholeWordLines('One-question poll: can five users finish', 100, 3, measure)).toEqual(['One-', 'question', 'poll: can…']);
    expect(wholeWordLines('A one-question poll', 200, 2, measure)).toEqual(['A one-question poll']);
  });

  it('shows nothing for a blank title (the node shows “Untitled …” instead)', () => {
    expect(wholeWordLines('   ', 100, 2, measure)).toEqual([]);
  });
});
