import { afterEach, describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../../../src/domain/node-metrics';
import { createCanvasTextMeasure } from '../../../src/look/text-measure';

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'OffscreenCanvas');
});

describe('createCanvasTextMeasure', () => {
  it('falls back to the node-metrics estimate where no canvas can measure (jsdom)', () => {
    const measure = createCanvasTextMeasure("600 18px Inter, 'Segoe UI', sans-serif");
    expect(measure('Shipping costs surprise me')).toBe(estimateTextWidth('Shipping costs surprise me'));
  });

  it('scales the estimate to the font size', () => {
    const measure = createCanvasTextMeasure('700 36px sans-serif');
    expect(measure('abc')).toBeCloseTo(2 * estimateTextWidth('abc'), 6);
  });

  it('measures with a canvas in the given font and measures each string once', () => {
    const calls: Array<{ font: string; text: string }> = [];
    class FakeOffscreenCanvas {
      getContext() {
        const context = {
          font: '',
          measureText: (text: string) => {
            calls.push({ font: context.font, text });
            return { width: text.length * 7 };
          },
        };
        return context;
      }
    }
    Object.defineProperty(globalThis, 'OffscreenCanvas', { configurable: true, writable: true, value: FakeOffscreenCanvas });
    const measure = createCanvasTextMeasure('600 18px Inter');
    expect(measure('hello')).toBe(35);
    expect(measure('hello')).toBe(35);
    expect(measure('hi')).toBe(14);
    expect(calls).toEqual([
      { font: '600 18px Inter', text: 'hello' },
      { font: '600 18px Inter', text: 'hi' },
    ]);
  });
});
