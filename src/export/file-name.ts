import { utf8ByteLength } from '../domain/file-format/byte-length';

/**
 * A file name made from a tree's title that every common file system accepts (Windows, macOS,
 * Linux) and that reads like the title: `fileNameFor('Q3: checkout', '.ost.json')` →
 * `Q3 - checkout.ost.json`.
 */

export const FALLBACK_FILE_NAME = 'Untitled tree';

/** Characters of the title kept at most (grapheme clusters, so an emoji is never cut in half). */
export const MAX_FILE_NAME_CHARACTERS = 80;

/** UTF-8 bytes of the name before the extension; Linux and macOS allow 255 for the whole name. */
const MAX_STEM_BYTES = 200;

// Characters Windows forbids in names, each replaced by the nearest harmless reading.
const RESERVED_REPLACEMENTS: Record<string, string> = {
  ':': ' - ',
  '/': '-',
  '\\': '-',
  '|': '-',
  '"': "'",
  '<': '',
  '>': '',
  '?': '',
  '*': '',
};
const RESERVED_CHARACTERS = /[:/\\|"<>?*]/g;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Direction overrides could make "txt.exe" display as "exe.txt".
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Half of a surrogate pair is not a character; file systems and downloads mangle it.
const LONE_SURROGATES = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Device names Windows reserves, also when followed by an extension ("CON.ost.json").
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/i;

export function fileNameFor(title: string, extension: string): string {
  const suffix = extension === '' || extension.startsWith('.') ? extension : `.${extension}`;
  let stem = title
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(LONE_SURROGATES, '')
    .replace(RESERVED_CHARACTERS, (character) => RESERVED_REPLACEMENTS[character] ?? '')
    .replace(/\s+/g, ' ');
  stem = trimEnds(shorten(trimEnds(stem)));
  if (stem === '') stem = FALLBACK_FILE_NAME;
  stem = stem.replace(WINDOWS_DEVICE_NAME, '$1_');
  return stem + suffix;
}

/** Leading dots hide a file on macOS and Linux; trailing dots and spaces are dropped by Windows. */
function trimEnds(text: string): string {
  return text.replace(/^[\s.]+|[\s.]+$/g, '');
}

function shorten(text: string): string {
  let kept = '';
  let bytes = 0;
  let count = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const segmentBytes = utf8ByteLength(segment);
    if (count === MAX_FILE_NAME_CHARACTERS || bytes + segmentBytes > MAX_STEM_BYTES) break;
    kept += segment;
    bytes += segmentBytes;
    count++;
  }
  return kept;
}
