import { graphemes } from './graphemes';

export type MeasureWidth = (text: string) => number;

const ELLIPSIS = '…';

/**
 * `text` broken into at most `maxLines` lines of at most `maxWidth` px, between words or after a
 * word's hyphen (as browsers break "One-question"). When the
 * text does not fit, the last line shown ends in one ellipsis after its last whole word, so a
 * title is cut once, at the end, never in the middle of a word or line. Only a single word wider
 * than a whole line is cut between characters (it could not be shown otherwise), and the title
 * ends there: every line returned fits `maxWidth`.
 */
export function wholeWordLines(text: string, maxWidth: number, maxLines: number, measure: MeasureWidth): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => word.split(/(?<=-)(?=[^-])/).map((part, at) => ({ part, joiner: at === 0 ? ' ' : '' })));
  if (words.length === 0 || maxLines < 1) return [];
  const lines: string[] = [];
  let current = '';
  let index = 0;
  for (; index < words.length; index++) {
    const { part: word, joiner } = words[index]!;
    const candidate = current ? `${current}${joiner}${word}` : word;
    if (measure(candidate) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current) {
      lines.push(current);
      if (lines.length === maxLines) break;
      // A lone word wider than the line is where the title is cut (below).
      if (measure(current) > maxWidth) {
        current = '';
        break;
      }
    }
    current = word;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    index = words.length;
  }
  if (index >= words.length && lines.every((line) => measure(line) <= maxWidth)) return lines;
  // Cut: end the last line after as many whole words as fit with the ellipsis.
  const last = lines.length - 1;
  const lastWords = lines[last]!.split(' ');
  while (lastWords.length > 1 && measure(`${lastWords.join(' ')}${ELLIPSIS}`) > maxWidth) lastWords.pop();
  let ending = lastWords.join(' ');
  if (measure(`${ending}${ELLIPSIS}`) > maxWidth) {
    const characters = graphemes(ending);
    while (characters.length > 1 && measure(`${characters.join('')}${ELLIPSIS}`) > maxWidth) characters.pop();
    ending = characters.join('');
  }
  lines[last] = `${ending}${ELLIPSIS}`;
  return lines;
}
