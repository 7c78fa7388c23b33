import type { TreeLayout } from '../domain/layout';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this, a fitted tree is too small to read, so it opens at reading size on the outcome. */
const MIN_READABLE_FIT = 0.5;
const READING_ZOOM = 0.85;
const PADDING = 40;

/** Whole tree in view when it stays readable; otherwise the outcome and its first levels. */
export function initialViewport(layout: TreeLayout, width: number, height: number): Viewport {
  const { minX, minY, maxX, maxY } = layout.bounds;
  const treeWidth = Math.max(1, maxX - minX);
  const treeHeight = Math.max(1, maxY - minY);
  const fit = Math.min((width - 2 * PADDING) / treeWidth, (height - 2 * PADDING) / treeHeight, 1);
  if (fit >= MIN_READABLE_FIT) {
    return {
      zoom: fit,
      x: (width - treeWidth * fit) / 2 - minX * fit,
      y: (height - treeHeight * fit) / 2 - minY * fit,
    };
  }
  const root = layout.order[0] ? layout.boxes.get(layout.order[0]) : undefined;
  const centreX = root ? root.x + root.width / 2 : 0;
  const top = root ? root.y : 0;
  return { zoom: READING_ZOOM, x: width / 2 - centreX * READING_ZOOM, y: PADDING - top * READING_ZOOM };
}
