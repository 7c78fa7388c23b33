import { useReactFlow, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { canHaveParent } from '../domain/kinds';
import type { TreeLayout } from '../domain/layout';
import { moveRefusal } from '../domain/operations/move-node';
import { indexTree, childrenOf } from '../domain/tree-index';
import type { TreeDoc } from '../domain/types';
import { useEditorActions, useEditorStoreApi } from '../store/editor-context';
import { useCanvasUi } from './canvas-ui-store';
import type { OstFlowNode } from './nodes/node-data';

interface DropPlan {
  targetId: string;
  newParentId: string | null;
  index?: number;
  refusal: string | null;
}

/** Where a drop over `targetId` would put the dragged node: under it, or beside it as a sibling. */
export function planDrop(doc: TreeDoc, draggedId: string, targetId: string, pointerX: number, layout: TreeLayout): DropPlan {
  const dragged = doc.nodes[draggedId];
  const target = doc.nodes[targetId];
  if (!dragged || !target) return { targetId, newParentId: null, refusal: 'That node no longer exists.' };
  const intoTarget = moveRefusal(doc, { id: draggedId, newParentId: targetId });
  if (!intoTarget) return { targetId, newParentId: targetId, refusal: null };
  const parent = target.parentId === null ? undefined : doc.nodes[target.parentId];
  if (parent && canHaveParent(dragged.kind, parent.kind)) {
    const siblings = childrenOf(indexTree(doc.nodes), parent.id).filter((sibling) => sibling.id !== draggedId);
    const box = layout.boxes.get(targetId);
    const after = box ? pointerX > box.x + box.width / 2 : true;
    const index = siblings.findIndex((sibling) => sibling.id === targetId) + (after ? 1 : 0);
    const refusal = moveRefusal(doc, { id: draggedId, newParentId: parent.id, index });
    return { targetId, newParentId: parent.id, index, refusal };
  }
  return { targetId, newParentId: targetId, refusal: intoTarget };
}

function boxUnder(layout: TreeLayout, x: number, y: number, excludeId: string): string | null {
  for (const box of layout.boxes.values()) {
    if (box.id === excludeId) continue;
    if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) return box.id;
  }
  return null;
}

/** Drag a node onto another to move it (with its subtree) there; refused drops are shown in red. */
export function useDragReparent(layout: TreeLayout, snapBack: () => void) {
  const flow = useReactFlow<OstFlowNode>();
  const store = useEditorStoreApi();
  const actions = useEditorActions();
  const plan = useRef<DropPlan | null>(null);

  const onNodeDrag: OnNodeDrag<OstFlowNode> = useCallback(
    (event, node) => {
      const pointer = 'touches' in event ? event.touches[0] : event;
      if (!pointer) return;
      const point = flow.screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      const targetId = boxUnder(layout, point.x, point.y, node.id);
      plan.current = targetId ? planDrop(store.getState().doc, node.id, targetId, point.x, layout) : null;
      useCanvasUi.getState().setDropTarget(targetId, plan.current ? plan.current.refusal === null : false);
    },
    [flow, layout, store],
  );

  const onNodeDragStop: OnNodeDrag<OstFlowNode> = useCallback(
    (_event, node) => {
      const drop = plan.current;
      plan.current = null;
      useCanvasUi.getState().setDropTarget(null, false);
      if (drop && drop.newParentId) {
        if (drop.refusal) actions.notify('refused', drop.refusal);
        else if (actions.moveNode({ id: node.id, newParentId: drop.newParentId, index: drop.index })) return;
      }
      snapBack();
    },
    [actions, snapBack],
  );

  return { onNodeDrag, onNodeDragStop };
}
