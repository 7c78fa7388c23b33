import type { TreeLayout } from '../domain/layout';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Below this, a fitted tree is too small to read, so it opens at reading size on the outcome. */
const MIN_READABLE_FIT = 0.5;
const READING_ZOOM = 0.85;
/** Titles stay readable on a projector down to about this zoom (18 px × 0.65 ≈ 12 px). */
const MIN_LEVEL_ZOOM = 0.65;
const PADDING = 40;

/**
 * Whole tree in view when it stays readable; else the outcome and its first level when that fits
 * at a readable zoom; else the outcome at reading size, centred at the top.
 */
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
  const rootId = layout.order[0];
  const root = rootId ? layout.boxes.get(rootId) : undefined;
  const top = root ? root.y : 0;
  const firstLevel = layout.edges.filter((edge) => edge.parentId === rootId).map((edge) => layout.boxes.get(edge.childId)!);
  if (root && firstLevel.length > 0) {
    const left = Math.min(root.x, ...firstLevel.map((box) => box.x));
    const right = Math.max(root.x + root.width, ...firstLevel.map((box) => box.x + box.width));
    const levelFit = Math.min((width - 2 * PADDING) / (right - left), READING_ZOOM);
    if (levelFit >= MIN_LEVEL_ZOOM) {
      return { zoom: levelFit, x: width / 2 - ((left + right) / 2) * levelFit, y: PADDING - top * levelFit };
    }
  }
  const centreX = root ? root.x + root.width / 2 : 0;
  return { zoom: READING_ZOOM, x: width / 2 - centreX * READING_ZOOM, y: PADDING - top * READING_ZOOM };
}
