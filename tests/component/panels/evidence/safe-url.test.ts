import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../../src/panels/evidence/safe-url';

describe('safeHttpUrl', () => {
  it('accepts absolute http and https addresses', () => {
    expect(safeHttpUrl('https://example.com/notes?id=3#q')).toBe('https://example.com/notes?id=3#q');
    expect(safeHttpUrl('http://intranet.local/research')).toBe('http://intranet.local/research');
  });

  it('accepts an uppercase scheme and returns the normalised address', () => {
    expect(safeHttpUrl('HTTPS://Example.COM/Path')).toBe('https://example.com/Path');
  });

  it('ignores surrounding whitespace', () => {
    expect(safeHttpUrl('  https://example.com/a \n')).toBe('https://example.com/a');
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['  javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0000javascript:alert(1)'],
    ['\u0001\u001fjavascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['DATA:text/html;base64,PHNjcmlwdD4='],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['ftp://example.com/file'],
    ['mailto:someone@example.com'],
  ])('refuses a non-web scheme: %j', (text) => {
    expect(safeHttpUrl(text)).toBeNull();
  });

  it.each([['/relative/path'], ['//example.com/protocol-relative'], ['example.com'], ['notes.pdf'], ['#fragment'], ['?q=1']])(
    'refuses a relative reference: %j',
    (text) => {
      expect(safeHttpUrl(text)).toBeNull();
    },
  );

  it('refuses empty text, plain words and an address with no host', () => {
    expect(safeHttpUrl('')).toBeNull();
    expect(safeHttpUrl('   ')).toBeNull();
    expect(safeHttpUrl('Interview with Dana, March')).toBeNull();
    expect(safeHttpUrl('https://')).toBeNull();
  });

  it('judges a scheme hidden behind control characters as the browser would run it', () => {
    // The URL parser strips tabs and newlines anywhere, so this is an https link after all.
    expect(safeHttpUrl('ht\ttps://example.com')).toBe('https://example.com/');
    expect(safeHttpUrl('https\n://example.com/')).toBe('https://example.com/');
  });
});
