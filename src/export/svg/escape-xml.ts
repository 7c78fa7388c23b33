// Characters XML 1.0 forbids anywhere in a document: C0 controls (tab and newlines included, as
// user text is one line here), U+FFFE/U+FFFF and lone surrogates. In `u` mode the surrogate range
// matches only a surrogate that is not part of a pair, so emoji survive.
const INVALID_XML_CHARACTERS = /[\u0000-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;
const MARKUP_CHARACTERS = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Drops what XML cannot hold, so the text can be measured and wrapped as it will be written. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML_CHARACTERS, '');
}

/** User text for one line of a picture: line breaks and tabs become spaces, the rest as stripInvalidXml. */
export function singleLineText(text: string): string {
  return stripInvalidXml(text.replace(/[\t\n\r\u2028\u2029]/g, ' '));
}

/**
 * User text as literal XML character data, safe both as element content and inside a quoted
 * attribute: no title can close a tag, open one, start an entity or end a CDATA section.
 */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(MARKUP_CHARACTERS, (character) => ENTITY[character] ?? '');
}
