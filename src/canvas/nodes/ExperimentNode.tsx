import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NodeCard } from './NodeCard';
import type { OstFlowNode } from './node-data';
import { useNode } from './use-node';

export const ExperimentNode = memo(function ExperimentNode({ id, data }: NodeProps<OstFlowNode>) {
  const node = useNode(id);
  if (!node) return null;
  return (
    <NodeCard
      node={node}
      kind="experiment"
      hiddenCount={data.hiddenCount}
      hasChildren={data.hasChildren}
      footer={
        <>
          <span className="chip">{node.status ?? 'planned'}</span>
          {node.assumptionType && <span>{node.assumptionType}</span>}
        </>
      }
    />
  );
});
