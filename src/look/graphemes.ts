// One segmenter for the whole app: creating one per call is slow.
const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/**
 * `text` as user-perceived characters (grapheme clusters): a family emoji 👨‍👩‍👧‍👦, a flag 🇩🇪, or a
 * letter with combining marks stays one piece, so a line break or a cut never splits it.
 * Falls back to code points where `Intl.Segmenter` is missing.
 */
export function graphemes(text: string): string[] {
  return Array.from(eachGrapheme(text));
}

/** The grapheme clusters of `text` one at a time, so a caller can stop early on a huge text. */
export function* eachGrapheme(text: string): Generator<string> {
  if (!segmenter) {
    yield* text;
    return;
  }
  for (const part of segmenter.segment(text)) yield part.segment;
}

const RTL_STRONG = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;
const STRONG = /\p{L}/u;

/**
 * The base direction of a paragraph by its first strong (letter) character, as HTML's `dir="auto"`
 * decides it: 'rtl' for Hebrew, Arabic and other right-to-left scripts, else 'ltr'.
 */
export function baseDirection(text: string): 'ltr' | 'rtl' {
  for (const character of text) {
    if (!STRONG.test(character)) continue;
    return RTL_STRONG.test(character) ? 'rtl' : 'ltr';
  }
  return 'ltr';
}
