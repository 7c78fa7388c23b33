import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { svgToPng, svgToPngBlob } from '../../../src/export/png';

// jsdom cannot decode images or draw: these tests stand in for the browser's <img> and canvas and
// check what the rasteriser asks of them. The real drawing is checked end to end in Chromium.

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"/>';

let imageLoads: 'load' | 'error';
let sources: Blob[];
let revoked: string[];
let draws: Array<{ canvasWidth: number; canvasHeight: number; args: unknown[] }>;
let encoded: Blob | null;

class FakeImage {
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  set src(_url: string) {
    setTimeout(() => (imageLoads === 'load' ? this.onload?.() : this.onerror?.()), 0);
  }
}

beforeEach(() => {
  imageLoads = 'load';
  sources = [];
  revoked = [];
  draws = [];
  encoded = new Blob(['png'], { type: 'image/png' });
  vi.stubGlobal('Image', FakeImage);
  URL.createObjectURL = (blob: Blob) => {
    sources.push(blob);
    return `blob:test/${sources.length}`;
  };
  URL.revokeObjectURL = (url: string) => {
    revoked.push(url);
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
    const canvas = this;
    return {
      drawImage: (...args: unknown[]) => draws.push({ canvasWidth: canvas.width, canvasHeight: canvas.height, args }),
    } as unknown as CanvasRenderingContext2D;
  });
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback, type?: string) => {
    expect(type).toBe('image/png');
    callback(encoded);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('svgToPng', () => {
  it('loads the SVG as an image and draws it at twice its size into a PNG', async () => {
    const phases: string[] = [];
    const result = await svgToPng(SVG, 300, 200, { onProgress: (phase, ratio) => phases.push(`${phase}@${ratio}`) });
    expect(result).toEqual({ blob: encoded, width: 600, height: 400, pixelRatio: 2, reduced: false });
    expect(sources).toHaveLength(1);
    expect(sources[0]?.type).toBe('image/svg+xml;charset=utf-8');
    expect(await sources[0]?.text()).toBe(SVG);
    expect(revoked).toEqual(['blob:test/1']);
    expect(draws).toHaveLength(1);
    expect(draws[0]?.canvasWidth).toBe(600);
    expect(draws[0]?.canvasHeight).toBe(400);
    expect(draws[0]?.args.slice(1)).toEqual([0, 0, 600, 400]);
    expect(phases).toEqual(['loading@2', 'drawing@2', 'encoding@2']);
  });

  it('scales a picture too large for a canvas down and says so first', async () => {
    const phases: string[] = [];
    const result = await svgToPng(SVG, 20_000, 1_000, { pixelRatio: 2, onProgress: (phase) => phases.push(phase) });
    expect(result.reduced).toBe(true);
    expect(result.width).toBeLessThanOrEqual(16_384);
    expect(draws[0]?.canvasWidth).toBe(result.width);
    expect(phases).toEqual(['reduced', 'loading', 'drawing', 'encoding']);
  });

  it('returns the PNG alone through svgToPngBlob', async () => {
    expect(await svgToPngBlob(SVG, 300, 200)).toBe(encoded);
  });

  it('fails with a clear message when the SVG cannot be loaded, and releases its URL', async () => {
    imageLoads = 'error';
    await expect(svgToPng(SVG, 300, 200)).rejects.toThrow('could not be loaded');
    expect(revoked).toEqual(['blob:test/1']);
  });

  it('fails with a clear message when the browser cannot encode the PNG', async () => {
    encoded = null;
    await expect(svgToPng(SVG, 300, 200)).rejects.toThrow('could not encode a 600×400 PNG');
  });
});
