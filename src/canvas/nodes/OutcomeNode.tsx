import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NodeCard } from './NodeCard';
import { keyResultsSummary } from '../../domain/key-results/format';
import { MAX_KEY_RESULT_ROWS } from '../../domain/node-metrics';
import { KeyResultBars } from './KeyResultBars';
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
      body={<KeyResultBars keyResults={node.keyResults} />}
      footer={
        <>
          {!node.keyResults?.length && <span>{keyResultsSummary(node.keyResults)}</span>}
          {(node.keyResults?.length ?? 0) > MAX_KEY_RESULT_ROWS && <span>+{(node.keyResults?.length ?? 0) - MAX_KEY_RESULT_ROWS} more key results</span>}
          {node.status && node.status !== 'active' && <span>{node.status}</span>}
        </>
      }
    />
  );
});
