import type { NodeBox } from '../../domain/layout';
import { EDGE_CORNER_RADIUS } from './picture-style';
import { svgNumber as n } from './svg-number';

/**
 * The path of an elbow connector from the parent's bottom centre down to half way, across, and
 * down to the child's top centre, with rounded elbows.
 */
export function edgePath(parent: NodeBox, child: NodeBox): string {
  const startX = parent.x + parent.width / 2;
  const startY = parent.y + parent.height;
  const endX = child.x + child.width / 2;
  const endY = child.y;
  const middleY = (startY + endY) / 2;
  const across = endX - startX;
  if (Math.abs(across) < 0.5) return `M${n(startX)} ${n(startY)}V${n(endY)}`;
  const radius = Math.max(0, Math.min(EDGE_CORNER_RADIUS, Math.abs(across) / 2, (endY - startY) / 2));
  const direction = Math.sign(across);
  return (
    `M${n(startX)} ${n(startY)}V${n(middleY - radius)}` +
    `Q${n(startX)} ${n(middleY)} ${n(startX + direction * radius)} ${n(middleY)}` +
    `H${n(endX - direction * radius)}` +
    `Q${n(endX)} ${n(middleY)} ${n(endX)} ${n(middleY + radius)}` +
    `V${n(endY)}`
  );
}
