import { estimateTextWidth, TITLE_FONT_SIZE } from '../domain/node-metrics';
import { FONT_FAMILY } from './kind-style';

/** The font node titles are drawn in (CSS shorthand), on the canvas and in pictures alike. */
export const TITLE_FONT = `600 ${TITLE_FONT_SIZE}px ${FONT_FAMILY}`;

/** Forget measured strings past this many, so typing for hours does not grow memory. */
const CACHE_LIMIT = 5000;

/**
 * Width in px of a string drawn in `font` (a CSS font shorthand, e.g. "600 18px Inter, sans-serif"),
 * measured with a 2D canvas and remembered. Where no canvas can measure (jsdom, node), falls back
 * to the node-metrics estimate scaled to the font's size.
 */
export function createCanvasTextMeasure(font: string): (text: string) => number {
  const context = measuringContext();
  if (!context) return estimateFor(font);
  context.font = font;
  const cache = new Map<string, number>();
  return (text) => {
    const known = cache.get(text);
    if (known !== undefined) return known;
    const width = context.measureText(text).width;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, width);
    return width;
  };
}

type MeasuringContext = Pick<CanvasRenderingContext2D, 'font' | 'measureText'>;

function measuringContext(): MeasuringContext | null {
  try {
    if (typeof OffscreenCanvas !== 'undefined') {
      const context = new OffscreenCanvas(1, 1).getContext('2d');
      if (context) return context;
    }
    if (typeof document === 'undefined') return null;
    // jsdom has canvases without a 2D context and logs an error for every attempt to get one.
    if (typeof navigator !== 'undefined' && navigator.userAgent.includes('jsdom')) return null;
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
}

function estimateFor(font: string): (text: string) => number {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? TITLE_FONT_SIZE);
  const scale = size / TITLE_FONT_SIZE;
  return (text) => estimateTextWidth(text) * scale;
}
