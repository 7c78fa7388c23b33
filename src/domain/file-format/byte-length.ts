/**
 * The UTF-8 byte length of a string, without allocating an encoded copy (a 50 MB file would
 * otherwise be copied just to be measured). Lone surrogates count 3 bytes, as TextEncoder writes
 * them as U+FFFD.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Whether the text is larger than `limit` UTF-8 bytes; decides cheaply when it can. */
export function exceedsBytes(text: string, limit: number): boolean {
  // Every UTF-16 code unit takes at least 1 and at most 3 UTF-8 bytes.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8ByteLength(text) > limit;
}
