import { moveNode, shiftAmongSiblings } from '../domain/operations/move-node';
import { updateNode } from '../domain/operations/update-node';
import type { TreeDoc } from '../domain/types';
import type { Apply } from './apply';
import type { EditorActions } from './editor-state';

type ArrangeActions = Pick<EditorActions, 'moveNode' | 'shiftAmongSiblings' | 'toggleCollapsed'>;

/**
 * Actions that arrange nodes without changing what they say: moving under another parent,
 * reordering among siblings (both undoable, the moved node stays selected) and collapsing, which
 * is saved with the tree but is not an undo step (it is a view of the tree, not an edit).
 */
export function createArrangeActions(apply: Apply, getDoc: () => TreeDoc): ArrangeActions {
  return {
    moveNode(args) {
      return apply((draft) => moveNode(draft, args), { label: 'Move', select: () => args.id }).ok;
    },
    shiftAmongSiblings(id, direction) {
      return apply((draft) => shiftAmongSiblings(draft, id, direction), { label: 'Reorder', select: () => id }).ok;
    },
    toggleCollapsed(id, collapsed) {
      const node = getDoc().nodes[id];
      if (!node) return;
      const next = collapsed ?? !node.collapsed;
      apply((draft) => updateNode(draft, id, { collapsed: next ? true : undefined }), {
        label: next ? 'Collapse' : 'Expand',
        recordHistory: false,
      });
    },
  };
}
