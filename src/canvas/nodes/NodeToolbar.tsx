import { CHILD_KINDS, KIND_LABEL } from '../../domain/kinds';
import type { NodeKind } from '../../domain/types';
import { useEditorActions } from '../../store/editor-context';
import { focusCanvas } from '../focus-canvas';

const SHORTCUT: Partial<Record<NodeKind, string>> = { opportunity: 'Alt+O', solution: 'Alt+S', experiment: 'Alt+E' };

/** Quick actions on the selected node; offers only the child kinds the method allows. */
export function NodeToolbar({ nodeId, kind, isRoot, hasChildren, collapsed }: {
  nodeId: string;
  kind: NodeKind;
  isRoot: boolean;
  hasChildren: boolean;
  collapsed: boolean;
}) {
  const actions = useEditorActions();
  return (
    <div className="node-toolbar nodrag nopan" role="toolbar" aria-label="Node actions" onClick={(event) => event.stopPropagation()} onDoubleClick={(event) => event.stopPropagation()}>
      {CHILD_KINDS[kind].map((childKind) => (
        <button
          key={childKind}
          type="button"
          data-testid={`add-${childKind}`}
          title={`Add ${KIND_LABEL[childKind].toLowerCase()} under this (${SHORTCUT[childKind] ?? ''})`}
          onClick={() => actions.addChild(nodeId, childKind)}
        >
          + {KIND_LABEL[childKind]}
        </button>
      ))}
      {!isRoot && (
        <button type="button" data-testid="add-sibling" title="Add sibling (Enter)" onClick={() => actions.addSibling(nodeId)}>
          + Sibling
        </button>
      )}
      {hasChildren && (
        <button type="button" title="Collapse or expand (Space)" onClick={() => actions.toggleCollapsed(nodeId)}>
          {collapsed ? 'Expand' : 'Collapse'}
        </button>
      )}
      {!isRoot && (
        <button type="button" data-testid="delete-node" title="Delete with everything under it (Delete)" onClick={() => {
            actions.deleteSubtree(nodeId);
            // The toolbar goes with the node; focus stays in the canvas, on the node selected next.
            focusCanvas();
          }}>
          Delete
        </button>
      )}
    </div>
  );
}
