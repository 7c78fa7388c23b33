import { describe, expect, it } from 'vitest';
import { initialViewport } from '../../../src/canvas/initial-viewport';
import type { NodeBox, TreeLayout } from '../../../src/domain/layout';

function layoutOf(boxes: NodeBox[], edges: Array<[string, string]>): TreeLayout {
  return {
    kind: 'tidy',
    boxes: new Map(boxes.map((box) => [box.id, box])),
    order: boxes.map((box) => box.id),
    edges: edges.map(([parentId, childId]) => ({ parentId, childId, route: 'down' as const })),
    hiddenCounts: new Map(),
    bounds: {
      minX: Math.min(...boxes.map((box) => box.x)),
      minY: Math.min(...boxes.map((box) => box.y)),
      maxX: Math.max(...boxes.map((box) => box.x + box.width)),
      maxY: Math.max(...boxes.map((box) => box.y + box.height)),
    },
  };
}

const box = (id: string, x: number, y: number): NodeBox => ({ id, x, y, width: 260, height: 100 });

describe('initialViewport', () => {
  it('fits a small tree whole, never above 100 %', () => {
    const view = initialViewport(layoutOf([box('root', 0, 0), box('a', 0, 160)], [['root', 'a']]), 920, 664);
    expect(view.zoom).toBe(1);
  });

  it('shows the outcome and its whole first level when the full tree would be unreadably small', () => {
    const level = [0, 300, 600].map((x, index) => box(`o${index}`, x, 160));
    const deep = Array.from({ length: 30 }, (_, index) => box(`d${index}`, index * 300 - 3000, 320 + index * 150));
    const layout = layoutOf([box('root', 300, 0), ...level, ...deep], [...level.map((item): [string, string] => ['root', item.id]), ...deep.map((item): [string, string] => ['o0', item.id])]);
    const view = initialViewport(layout, 920, 664);
    expect(view.zoom).toBeGreaterThanOrEqual(0.65);
    // Every first-level box lies inside the screen.
    for (const item of level) {
      const left = item.x * view.zoom + view.x;
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + item.width * view.zoom).toBeLessThanOrEqual(920);
    }
  });

  it('opens at reading size on the outcome when even the first level is too wide', () => {
    const level = Array.from({ length: 12 }, (_, index) => box(`o${index}`, index * 300, 160));
    const layout = layoutOf([box('root', 1650, 0), ...level], level.map((item) => ['root', item.id]));
    const view = initialViewport(layout, 920, 664);
    expect(view.zoom).toBe(0.85);
    expect(1650 * view.zoom + view.x + (260 * view.zoom) / 2).toBeCloseTo(460);
  });
});
