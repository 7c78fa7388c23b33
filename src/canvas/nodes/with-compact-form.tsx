import { memo, type ComponentType } from 'react';
import { useStore as useFlowStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { hasFirstHandEvidence } from '../../domain/rules/evidence-links';
import type { NodeKind } from '../../domain/types';
import { useEditor } from '../../store/editor-context';
import { CompactNode } from './CompactNode';
import type { OstFlowNode } from './node-data';

/** Below this zoom, nodes are drawn as plain blocks: text would be unreadable and panning slower. */
export const COMPACT_ZOOM = 0.45;
const selectCompact = (state: ReactFlowState) => state.transform[2] < COMPACT_ZOOM;

/** A kind's full node component, switched to the compact block when zoomed far out (unless editing). */
export function withCompactForm(kind: NodeKind, Full: ComponentType<NodeProps<OstFlowNode>>) {
  return memo(function KindNode(props: NodeProps<OstFlowNode>) {
    const compact = useFlowStore(selectCompact);
    const editing = useEditor((state) => state.editingId === props.id);
    // An opportunity without first-hand evidence stays dashed in the overview too.
    const unevidenced = useEditor((state) => {
      const node = state.doc.nodes[props.id];
      return kind === 'opportunity' && compact && node !== undefined && !hasFirstHandEvidence(state.doc, node);
    });
    if (compact && !editing) return <CompactNode id={props.id} kind={kind} unevidenced={unevidenced} hiddenCount={props.data.hiddenCount} width={props.width ?? 0} height={props.height ?? 0} />;
    return <Full {...props} />;
  });
}
