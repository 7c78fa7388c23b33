import type { EdgeLanes, EdgeRoute, NodeBox } from '../domain/layout';
import { LEVEL_GAP, STACK_INDENT } from '../domain/node-metrics';

/** Corner radius of an edge's elbows, on the canvas and in pictures. */
export const EDGE_CORNER_RADIUS = 8;

export interface Point {
  x: number;
  y: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The SVG path of an edge from `start` (where it leaves the parent) to `end` (where it meets the
 * child) along its route: `down` bends half way down, `right` half way across, `stack` runs down
 * to the bus below the parent, across to the column's spine, down, and into the child's left side;
 * `grid` runs right into the level gap, along the gap above the child's row, down the channel
 * between the columns, and into the child's left side. `lanes` (from the layout) says where those
 * bends are; without them the editing gaps are assumed. Elbows are rounded; canvas and exported
 * pictures draw the same path.
 */
export function edgePath(start: Point, end: Point, route: EdgeRoute, lanes: EdgeLanes = EDITING_LANES): string {
  let points: Point[];
  if (route === 'right') {
    const middleX = (start.x + end.x) / 2;
    points = [start, { x: middleX, y: start.y }, { x: middleX, y: end.y }, end];
  } else if (route === 'grid') {
    const middleX = start.x + lanes.fromParent;
    const gapY = end.y - lanes.lift;
    const channelX = end.x - lanes.toChild;
    points = [start, { x: middleX, y: start.y }, { x: middleX, y: gapY }, { x: channelX, y: gapY }, { x: channelX, y: end.y }, end];
  } else if (route === 'stack') {
    const busY = start.y + lanes.fromParent;
    const spineX = end.x - lanes.toChild;
    points = [start, { x: start.x, y: busY }, { x: spineX, y: busY }, { x: spineX, y: end.y }, end];
  } else {
    const middleY = (start.y + end.y) / 2;
    points = [start, { x: start.x, y: middleY }, { x: end.x, y: middleY }, end];
  }
  return roundedPolyline(points.filter((point, index) => index === 0 || !samePoint(point, points[index - 1]!)));
}

/** Lanes of a `stack` edge laid out with the editing gaps (a `grid` edge always carries its own lift). */
const EDITING_LANES: EdgeLanes = { fromParent: LEVEL_GAP / 2, toChild: STACK_INDENT / 2, lift: 0 };

/** Where an edge of this route leaves the parent's box and meets the child's. */
export function edgeEnds(parent: NodeBox, child: NodeBox, route: EdgeRoute): [Point, Point] {
  if (route === 'right' || route === 'grid') {
    return [
      { x: parent.x + parent.width, y: parent.y + parent.height / 2 },
      { x: child.x, y: child.y + child.height / 2 },
    ];
  }
  const start = { x: parent.x + parent.width / 2, y: parent.y + parent.height };
  if (route === 'stack') return [start, { x: child.x, y: child.y + child.height / 2 }];
  return [start, { x: child.x + child.width / 2, y: child.y }];
}

function samePoint(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

function roundedPolyline(points: Point[]): string {
  const first = points[0]!;
  let path = `M${round(first.x)} ${round(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const previous = points[i - 1]!;
    const corner = points[i]!;
    const next = points[i + 1]!;
    const inLength = Math.hypot(corner.x - previous.x, corner.y - previous.y);
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y);
    const radius = Math.min(EDGE_CORNER_RADIUS, inLength / 2, outLength / 2);
    const before = towards(corner, previous, radius, inLength);
    const after = towards(corner, next, radius, outLength);
    path += `L${round(before.x)} ${round(before.y)}Q${round(corner.x)} ${round(corner.y)} ${round(after.x)} ${round(after.y)}`;
  }
  const last = points[points.length - 1]!;
  return `${path}L${round(last.x)} ${round(last.y)}`;
}

function towards(from: Point, to: Point, distance: number, length: number): Point {
  if (length === 0) return from;
  return { x: from.x + ((to.x - from.x) * distance) / length, y: from.y + ((to.y - from.y) * distance) / length };
}
