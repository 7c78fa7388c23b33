import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE, pngPixelSize } from '../../../src/export/png';

describe('pngPixelSize', () => {
  it('draws at twice the picture size by default', () => {
    expect(pngPixelSize(1200, 800)).toEqual({ width: 2400, height: 1600, pixelRatio: 2, reduced: false });
  });

  it('uses the ratio asked for when it fits', () => {
    expect(pngPixelSize(1000, 500, 3)).toEqual({ width: 3000, height: 1500, pixelRatio: 3, reduced: false });
  });

  it('lowers the ratio for a picture wider than the largest canvas side allows', () => {
    const size = pngPixelSize(12_000, 900, 2);
    expect(size.reduced).toBe(true);
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(size.width).toBeGreaterThan(MAX_CANVAS_SIDE - 2);
    expect(size.pixelRatio).toBeCloseTo(MAX_CANVAS_SIDE / 12_000, 6);
    expect(size.height).toBe(Math.floor(900 * size.pixelRatio));
  });

  it('lowers the ratio for a picture with more pixels than a canvas may hold', () => {
    const size = pngPixelSize(12_000, 12_000, 2);
    expect(size.reduced).toBe(true);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('goes below 1 when even the picture’s own size is too large', () => {
    const size = pngPixelSize(40_000, 3_000, 2);
    expect(size.pixelRatio).toBeLessThan(1);
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });

  it('respects tighter limits, such as iOS Safari’s 16.7 million pixels', () => {
    const size = pngPixelSize(4000, 3000, 2, { maxSide: 4096, maxPixels: 16_777_216 });
    expect(size.reduced).toBe(true);
    expect(size.width).toBeLessThanOrEqual(4096);
    expect(size.width * size.height).toBeLessThanOrEqual(16_777_216);
    expect(size.width / size.height).toBeCloseTo(4 / 3, 2);
  });

  it('refuses an empty picture or a ratio that is not positive', () => {
    expect(() => pngPixelSize(0, 100)).toThrow(RangeError);
    expect(() => pngPixelSize(100, Number.NaN)).toThrow(RangeError);
    expect(() => pngPixelSize(100, 100, 0)).toThrow(RangeError);
  });
});
