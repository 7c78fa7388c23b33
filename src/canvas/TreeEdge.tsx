import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { EdgeLanes, EdgeRoute } from '../domain/layout';
import { edgePath } from '../look/edge-path';
import { useDimmed } from './nodes/use-dimmed';

export type TreeFlowEdge = Edge<{ route: EdgeRoute; lanes?: EdgeLanes }, 'tree'>;

/** Opacity of an edge leading out of the focus (the nodes it joins are dimmed too). */
const DIMMED_EDGE_OPACITY = 0.2;

/** An edge drawn along its layout route, with the same path exported pictures use; dims with its child. */
export const TreeEdge = memo(function TreeEdge({ target, sourceX, sourceY, targetX, targetY, data, style }: EdgeProps<TreeFlowEdge>) {
  const path = edgePath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, data?.route ?? 'down', data?.lanes);
  // An edge belongs to its child: in focus exactly when the child is.
  const dimmed = useDimmed(target);
  const shown = useMemo(() => (dimmed ? { ...style, opacity: DIMMED_EDGE_OPACITY } : style), [dimmed, style]);
  return <BaseEdge path={path} style={shown} />;
});

export const edgeTypes = { tree: TreeEdge };
