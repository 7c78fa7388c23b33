import { describe, expect, it } from 'vitest';
import { countWrappedLines, nodeHeightForLines, nodeSize, TITLE_MAX_LINES } from '../../../src/domain/node-metrics';

// One unit of width per character makes the expected wrapping easy to read.
const perChar = (text: string) => text.length;

describe('countWrappedLines', () => {
  it('counts one line for an empty or short title', () => {
    expect(countWrappedLines('', 10, perChar)).toBe(1);
    expect(countWrappedLines('short', 10, perChar)).toBe(1);
  });

  it('wraps at word boundaries', () => {
    expect(countWrappedLines('aaaa bbbb cccc', 10, perChar)).toBe(2);
  });

  it('breaks a word longer than a line across lines', () => {
    expect(countWrappedLines('a'.repeat(25), 10, perChar)).toBe(3);
  });

  it('starts a new line after a word that exactly fills whole lines', () => {
    expect(countWrappedLines(`${'a'.repeat(20)} yy`, 10, perChar)).toBe(3);
  });
});

describe('nodeSize', () => {
  it('grows with the title up to the line limit, then stops', () => {
    const short = nodeSize({ kind: 'opportunity', title: 'Short' }).height;
    const long = nodeSize({ kind: 'opportunity', title: 'word '.repeat(200) }).height;
    expect(long).toBeGreaterThan(short);
    expect(long).toBe(nodeHeightForLines(TITLE_MAX_LINES));
  });
});
