import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NodeCard } from './NodeCard';
import { keyResultsSummary } from '../../domain/key-results/format';
import type { OstFlowNode } from './node-data';
import { useNode } from './use-node';

export const OutcomeNode = memo(function OutcomeNode({ id, data }: NodeProps<OstFlowNode>) {
  const node = useNode(id);
  if (!node) return null;
  return (
    <NodeCard
      node={node}
      kind="outcome"
      hiddenCount={data.hiddenCount}
      hasChildren={data.hasChildren}
      footer={
        <>
          <span className={node.keyResults?.length ? 'chip' : undefined}>{keyResultsSummary(node.keyResults)}</span>
          {node.status && node.status !== 'active' && <span>{node.status}</span>}
        </>
      }
    />
  );
});
