import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { NodeCard } from './NodeCard';
import { evidenceLabel } from '../../look/evidence-label';
import type { OstFlowNode } from './node-data';
import { useEvidenceCounts, useNode } from './use-node';

export const SolutionNode = memo(function SolutionNode({ id, data }: NodeProps<OstFlowNode>) {
  const node = useNode(id);
  const { linked, firstHand } = useEvidenceCounts(id);
  if (!node) return null;
  const evidence = evidenceLabel(linked, firstHand);
  return (
    <NodeCard
      node={node}
      kind="solution"
      hiddenCount={data.hiddenCount}
      hasChildren={data.hasChildren}
      footer={
        <>
          <span className="chip">{node.status ?? 'idea'}</span>
          {evidence && <span data-testid="evidence-count" data-count={linked}>{evidence}</span>}
        </>
      }
    />
  );
});
