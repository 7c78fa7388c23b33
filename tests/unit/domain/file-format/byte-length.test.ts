import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exceedsBytes, utf8ByteLength } from '../../../../src/domain/file-format/byte-length';

describe('utf8ByteLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['é', 2],
    ['€', 3],
    ['🌳', 4],
    ['\ud83c', 3],
  ])('measures %j as %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });

  it('agrees with TextEncoder on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });
});

describe('exceedsBytes', () => {
  it('decides by bytes near the limit', () => {
    expect(exceedsBytes('éé', 4)).toBe(false);
    expect(exceedsBytes('éé', 3)).toBe(true);
    expect(exceedsBytes('abcd', 3)).toBe(true);
  });
});
