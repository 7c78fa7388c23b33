import type { Node } from '@xyflow/react';
import type { NodeKind } from '../../domain/types';

/** What the canvas passes to a node; everything else is read from the store by id. */
export type OstFlowNodeData = { hiddenCount: number; hasChildren: boolean };
export type OstFlowNode = Node<OstFlowNodeData, NodeKind>;
