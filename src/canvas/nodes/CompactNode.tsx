import { Handle, Position } from '@xyflow/react';
import type { NodeKind } from '../../domain/types';
import { useEditor } from '../../store/editor-context';
import { FindingBadge } from './FindingBadge';
import { NodeVotes } from '../voting/NodeVotes';
import { useShownVotes } from '../voting/use-vote-state';

/**
 * A node drawn zoomed far out: a coloured block with its title and badge. It subscribes to little,
 * so the hundreds of nodes that mount and unmount while panning an overview stay cheap.
 */
export function CompactNode({ id, kind, unevidenced, hiddenCount }: { id: string; kind: NodeKind; unevidenced: boolean; hiddenCount: number }) {
  const title = useEditor((state) => state.doc.nodes[id]?.title ?? '');
  const selected = useEditor((state) => state.selectedId === id);
  const votes = useShownVotes(id);
  return (
    <div className={`ost-node is-compact${selected ? ' is-selected' : ''}${unevidenced ? ' is-unevidenced' : ''}`} data-kind={kind} data-selected={selected || undefined} data-votes={votes ? votes : undefined}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <div className={`ost-node-title${title.trim() ? '' : ' is-empty'}`} title={title}>
        {title.trim() ? title : `Untitled ${kind}`}
      </div>
      <FindingBadge nodeId={id} />
      <NodeVotes nodeId={id} />
      {hiddenCount > 0 && <span className="hidden-count">+{hiddenCount}</span>}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}
