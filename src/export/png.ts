// Rasterises the picture export's SVG into a PNG in the browser: SVG → <img> → <canvas> → PNG.

/** Chromium's limits for one canvas: 16,384 px a side ... */
export const MAX_CANVAS_SIDE = 16_384;
/** ... and 268,435,456 (2^28) pixels in all. (iOS Safari allows only 16,777,216; pass `limits`.) */
export const MAX_CANVAS_PIXELS = 268_435_456;

export interface CanvasLimits {
  maxSide: number;
  maxPixels: number;
}

export interface PngPixelSize {
  /** Size of the PNG in pixels. */
  width: number;
  height: number;
  /** Device pixels per SVG pixel actually used. */
  pixelRatio: number;
  /** True when the requested ratio would not fit a canvas and a smaller one is used. */
  reduced: boolean;
}

/**
 * The pixel size of a PNG of a `width`×`height` picture at `pixelRatio`, lowered (below 1 if it
 * must) until it fits the browser's largest canvas.
 */
export function pngPixelSize(
  width: number,
  height: number,
  pixelRatio = 2,
  limits: CanvasLimits = { maxSide: MAX_CANVAS_SIDE, maxPixels: MAX_CANVAS_PIXELS },
): PngPixelSize {
  if (!(width > 0 && height > 0 && pixelRatio > 0)) {
    throw new RangeError(`A picture needs a positive size and pixel ratio, not ${width}×${height} at ${pixelRatio}.`);
  }
  const ratio = Math.min(
    pixelRatio,
    limits.maxSide / width,
    limits.maxSide / height,
    Math.sqrt(limits.maxPixels / (width * height)),
  );
  return {
    width: Math.max(1, Math.floor(width * ratio)),
    height: Math.max(1, Math.floor(height * ratio)),
    pixelRatio: ratio,
    reduced: ratio < pixelRatio,
  };
}

/** 'reduced' comes first, and only when the picture is too large for the requested ratio. */
export type PngPhase = 'reduced' | 'loading' | 'drawing' | 'encoding';

export interface PngOptions {
  /** Default 2: sharp on slides and high-density screens. */
  pixelRatio?: number;
  /** Told each phase with the pixel ratio in use, so a caller can say the picture was scaled down. */
  onProgress?: (phase: PngPhase, pixelRatio: number) => void;
  limits?: CanvasLimits;
}

export interface PngResult extends PngPixelSize {
  blob: Blob;
}

/**
 * Draws a standalone SVG document (as buildTreeSvg makes it, `width`×`height` CSS px) into a PNG.
 * A transparent SVG background stays transparent; a white one is drawn white.
 */
export async function svgToPng(svg: string, width: number, height: number, options: PngOptions = {}): Promise<PngResult> {
  const size = pngPixelSize(width, height, options.pixelRatio ?? 2, options.limits);
  const report = (phase: PngPhase) => options.onProgress?.(phase, size.pixelRatio);
  if (size.reduced) report('reduced');

  report('loading');
  const image = await loadSvgImage(svg);

  report('drawing');
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw pictures (it has no 2D canvas).');
  context.drawImage(image, 0, 0, size.width, size.height);

  report('encoding');
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Release the pixels now rather than when the canvas is collected.
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error(`The browser could not encode a ${size.width}×${size.height} PNG; try a smaller part of the tree.`);
  return { blob, ...size };
}

/** The PNG alone; see svgToPng for the pixel ratio actually used. */
export async function svgToPngBlob(svg: string, width: number, height: number, options: PngOptions = {}): Promise<Blob> {
  return (await svgToPng(svg, width, height, options)).blob;
}

async function loadSvgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The picture could not be loaded as an image.'));
    });
    image.src = url;
    await loaded;
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}
