import { eachGrapheme, graphemes } from '../../look/graphemes';

export type MeasureText = (text: string) => number;

export const ELLIPSIS = '…';

/**
 * The lines `text` wraps into, by the rule countWrappedLines (domain/node-metrics) counts with:
 * words split on whitespace, each placed on the current line while it fits, a word wider than a
 * line broken across lines (CSS `overflow-wrap: anywhere`). Here a long word breaks between
 * characters, so each piece really fits; countWrappedLines estimates the pieces from widths alone
 * and may count one line fewer for such a word. Past `maxLines` the last line ends in an ellipsis.
 * Blank text is one empty line, as countWrappedLines counts it.
 */
export function wrapLines(text: string, maxWidth: number, measure: MeasureText, maxLines = Infinity): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || maxLines < 1) return [''];
  const lines: string[] = [];
  const spaceWidth = measure(' ');
  let current = '';
  let currentWidth = 0;
  let cut = false;

  const startLineWith = (word: string, wordWidth: number) => {
    if (wordWidth <= maxWidth) {
      current = word;
      currentWidth = wordWidth;
      return;
    }
    const pieces = breakWord(word, maxWidth, measure, maxLines + 1 - lines.length);
    const last = pieces.pop() ?? '';
    lines.push(...pieces);
    current = last;
    currentWidth = measure(last);
  };

  for (let index = 0; index < words.length; index++) {
    if (lines.length >= maxLines) {
      cut = true;
      break;
    }
    const word = words[index] ?? '';
    const wordWidth = measure(word);
    if (current === '') startLineWith(word, wordWidth);
    else if (currentWidth + spaceWidth + wordWidth <= maxWidth) {
      current += ` ${word}`;
      currentWidth += spaceWidth + wordWidth;
    } else {
      lines.push(current);
      current = '';
      currentWidth = 0;
      if (lines.length >= maxLines) {
        cut = true;
        break;
      }
      startLineWith(word, wordWidth);
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length > maxLines) cut = true;
  if (!cut) return lines;
  const kept = lines.slice(0, maxLines);
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1] ?? '', maxWidth, measure);
  return kept;
}

/** `text` as it fits in `maxWidth` on one line: whole, or cut with an ellipsis. */
export function fitLine(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  return withEllipsis(text, maxWidth, measure);
}

/** `text` shortened (by whole grapheme clusters) until it fits with a trailing ellipsis. */
function withEllipsis(text: string, maxWidth: number, measure: MeasureText): string {
  // Whole grapheme clusters, so an emoji or a flag is never cut in half.
  const characters = graphemes(text.trimEnd());
  // Cut most of an overlong line at once, then character by character.
  const estimate = Math.floor((characters.length * maxWidth) / Math.max(1, measure(text)));
  if (estimate < characters.length) characters.length = Math.max(0, estimate);
  while (characters.length > 0 && measure(`${characters.join('').trimEnd()}${ELLIPSIS}`) > maxWidth) characters.pop();
  return `${characters.join('').trimEnd()}${ELLIPSIS}`;
}

/** A word wider than a line as pieces that each fit (at least one character each); stops after `limit` pieces. */
function breakWord(word: string, maxWidth: number, measure: MeasureText, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  // Between grapheme clusters only: never inside 👨‍👩‍👧‍👦 or a flag.
  for (const character of eachGrapheme(word)) {
    if (piece !== '' && measure(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = '';
      if (pieces.length >= limit) return pieces;
    }
    piece += character;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
