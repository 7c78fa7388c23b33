import type { Direction } from '../../domain/navigation';
import { indexTree, childrenOf } from '../../domain/tree-index';
import type { EditorActions } from '../../store/editor-store';
import type { TreeDoc } from '../../domain/types';

/**
 * Alt+arrows: left/right reorder among siblings; up moves the node out, next to its parent;
 * down moves it into its previous sibling (as the last child), like an outliner's indent.
 */
export function runMove(doc: TreeDoc, actions: EditorActions, id: string, direction: Direction): void {
  const node = doc.nodes[id];
  if (!node || node.parentId === null) return;
  if (direction === 'left' || direction === 'right') {
    actions.shiftAmongSiblings(id, direction === 'left' ? -1 : 1);
    return;
  }
  const index = indexTree(doc.nodes);
  const parent = doc.nodes[node.parentId];
  if (!parent) return;
  if (direction === 'up') {
    if (parent.parentId === null) {
      actions.notify('refused', 'This node is already directly under the outcome.');
      return;
    }
    const uncles = childrenOf(index, parent.parentId);
    actions.moveNode({ id, newParentId: parent.parentId, index: uncles.findIndex((uncle) => uncle.id === parent.id) + 1 });
    return;
  }
  const siblings = childrenOf(index, parent.id);
  const previous = siblings[siblings.findIndex((sibling) => sibling.id === id) - 1];
  if (!previous) {
    actions.notify('refused', 'There is no sibling before this node to move it into.');
    return;
  }
  actions.moveNode({ id, newParentId: previous.id });
}
