import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NodeCard } from './NodeCard';
import { evidenceLabel } from '../../look/evidence-label';
import type { OstFlowNode } from './node-data';
import { useEvidenceCounts, useNode } from './use-node';

export const OpportunityNode = memo(function OpportunityNode({ id, data }: NodeProps<OstFlowNode>) {
  const node = useNode(id);
  const { linked, firstHand } = useEvidenceCounts(id);
  if (!node) return null;
  const evidence = evidenceLabel(linked, firstHand);
  return (
    <NodeCard
      node={node}
      kind="opportunity"
      hiddenCount={data.hiddenCount}
      hasChildren={data.hasChildren}
      className={firstHand === 0 ? 'is-unevidenced' : ''}
      footer={
        <>
          {node.target && <span className="target-flag">★ Target</span>}
          <span data-testid="evidence-count" data-count={linked}>
            {evidence ?? 'No evidence'}
          </span>
          {node.status && node.status !== 'identified' && <span className="chip">{node.status}</span>}
        </>
      }
    />
  );
});
