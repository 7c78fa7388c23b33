import { describe, expect, it } from 'vitest';
import { escapeXml, singleLineText } from '../../../src/export/svg';

describe('escapeXml', () => {
  it('writes the five markup characters as entities', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('escapes an ampersand once, so an entity in the text stays visible as typed', () => {
    expect(escapeXml('&amp; &#60;')).toBe('&amp;amp; &amp;#60;');
  });

  it('cannot end a CDATA section', () => {
    expect(escapeXml(']]>')).toBe(']]&gt;');
  });

  it('drops the control characters XML 1.0 cannot hold', () => {
    const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');
    expect(escapeXml(`a${controls}b\ufffe\uffffc`)).toBe('abc');
  });

  it('drops a lone surrogate but keeps emoji', () => {
    expect(escapeXml('x\ud800y\udc00z 😀')).toBe('xyz 😀');
  });
});

describe('singleLineText', () => {
  it('turns line breaks and tabs into spaces before dropping other controls', () => {
    expect(singleLineText('one\ntwo\r\nthree\tfour\u2028five\u0007')).toBe('one two  three four five');
  });
});
