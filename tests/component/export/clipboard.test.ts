import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyPngToClipboard } from '../../../src/export/clipboard';

class FakeClipboardItem {
  static supports?: (type: string) => boolean;
  constructor(readonly items: Record<string, Blob | Promise<Blob>>) {}
}

function installClipboard(write: (items: FakeClipboardItem[]) => Promise<void>): void {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write } });
  Object.defineProperty(globalThis, 'ClipboardItem', { configurable: true, writable: true, value: FakeClipboardItem });
}

function domError(name: string): DOMException {
  return new DOMException('refused', name);
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(globalThis, 'ClipboardItem');
  FakeClipboardItem.supports = undefined;
});

const png = new Blob(['png'], { type: 'image/png' });

describe('copyPngToClipboard', () => {
  it('writes the PNG as an image/png clipboard item', async () => {
    const written: FakeClipboardItem[][] = [];
    installClipboard(async (items) => {
      written.push(items);
    });
    expect(await copyPngToClipboard(png)).toBe('copied');
    expect(written).toHaveLength(1);
    expect(Object.keys(written[0]?.[0]?.items ?? {})).toEqual(['image/png']);
    expect(await written[0]?.[0]?.items['image/png']).toBe(png);
  });

  it('hands the clipboard a PNG still being drawn at once, as Safari needs', async () => {
    let finishDrawing: (blob: Blob) => void = () => undefined;
    const drawing = new Promise<Blob>((resolve) => {
      finishDrawing = resolve;
    });
    const write = vi.fn(async (items: FakeClipboardItem[]) => {
      await items[0]?.items['image/png'];
    });
    installClipboard(write);
    const result = copyPngToClipboard(drawing);
    await Promise.resolve();
    expect(write).toHaveBeenCalledTimes(1);
    finishDrawing(png);
    expect(await result).toBe('copied');
  });

  it('says unsupported where the browser has no clipboard for images', async () => {
    expect(await copyPngToClipboard(png)).toBe('unsupported');
    installClipboard(async () => undefined);
    FakeClipboardItem.supports = (type) => type === 'text/plain';
    expect(await copyPngToClipboard(png)).toBe('unsupported');
  });

  it('says denied when the user or the page permissions refuse', async () => {
    installClipboard(async () => {
      throw domError('NotAllowedError');
    });
    expect(await copyPngToClipboard(png)).toBe('denied');
  });

  it('says unsupported when the browser refuses the image type', async () => {
    installClipboard(async () => {
      throw domError('NotSupportedError');
    });
    expect(await copyPngToClipboard(png)).toBe('unsupported');
  });

  it('passes on the error of a drawing that failed', async () => {
    installClipboard(async (items) => {
      await items[0]?.items['image/png'];
    });
    await expect(copyPngToClipboard(Promise.reject(new Error('canvas too large')))).rejects.toThrow('canvas too large');
  });
});
