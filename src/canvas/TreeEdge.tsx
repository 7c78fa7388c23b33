import { BaseEdge, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EdgeRoute } from '../domain/layout';
import { edgePath } from '../look/edge-path';

export type TreeFlowEdge = Edge<{ route: EdgeRoute }, 'tree'>;

/** An edge drawn along its layout route, with the same path exported pictures use. */
export const TreeEdge = memo(function TreeEdge({ sourceX, sourceY, targetX, targetY, data, style }: EdgeProps<TreeFlowEdge>) {
  const path = edgePath({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, data?.route ?? 'down');
  return <BaseEdge path={path} style={style} />;
});

export const edgeTypes = { tree: TreeEdge };
