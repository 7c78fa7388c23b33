import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NodeCard } from './NodeCard';
import { formatMetric } from './format';
import type { OstFlowNode } from './node-data';
import { useNode } from './use-node';

export const OutcomeNode = memo(function OutcomeNode({ id, data }: NodeProps<OstFlowNode>) {
  const node = useNode(id);
  if (!node) return null;
  const metric = formatMetric(node.metric);
  return (
    <NodeCard
      node={node}
      kind="outcome"
      hiddenCount={data.hiddenCount}
      hasChildren={data.hasChildren}
      footer={
        <>
          {metric ? <span className="chip" title={node.metric?.name}>{metric}</span> : <span>No metric yet</span>}
          {node.status && node.status !== 'active' && <span>{node.status}</span>}
        </>
      }
    />
  );
});
