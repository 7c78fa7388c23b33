import type { ReactNode } from 'react';
import { KIND_LABEL } from '../../domain/kinds';
import type { NodeKind, OstNode } from '../../domain/types';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { matchesSearch, useCanvasUi } from '../canvas-ui-store';
import { useCanvasView } from '../view-store';
import { FindingBadge } from './FindingBadge';
import { NodeHandles } from './NodeHandles';
import { useDimmed } from './use-dimmed';
import { KindIcon } from '../../ui/KindIcon';
import { NodeTitleEditor } from './NodeTitleEditor';
import { NodeToolbar } from './NodeToolbar';
import { NodeVotes } from '../voting/NodeVotes';
import { useOwnDots, useShownVotes } from '../voting/use-vote-state';

interface NodeCardProps {
  node: OstNode;
  kind: NodeKind;
  hiddenCount: number;
  hasChildren: boolean;
  footer: ReactNode;
  /** Shown between the title and the footer (an outcome's key result bars). */
  body?: ReactNode;
  className?: string;
}

/** The shared body of every kind's node: header, title (or its editor), footer, badges. */
export function NodeCard({ node, kind, hiddenCount, hasChildren, footer, body, className = '' }: NodeCardProps) {
  const id = node.id;
  const selected = useEditor((state) => state.selectedId === id);
  const editing = useEditor((state) => state.editingId === id);
  const actions = useEditorActions();
  const dropState = useCanvasUi((state) => (state.dropTargetId === id ? (state.dropAllowed ? 'allowed' : 'refused') : null));
  const searchHit = useCanvasUi((state) => matchesSearch(node.title, state.searchQuery));
  const votes = useShownVotes(id);
  const voteCandidate = useOwnDots(id) !== null;
  const dimmed = useDimmed(id);
  const readOnly = useEditor((state) => state.readOnly);
  const levelsLimited = useCanvasView((state) => state.maxLevels !== null);

  const classes = ['ost-node', className];
  if (selected) classes.push('is-selected');
  if (dropState === 'allowed') classes.push('is-drop-target');
  if (dropState === 'refused') classes.push('is-drop-refused');
  if (searchHit) classes.push('is-search-hit');
  if (voteCandidate) classes.push('is-vote-candidate');

  return (
    <div
      className={classes.join(' ')}
      data-kind={kind}
      data-selected={selected || undefined}
      data-votes={votes ? votes : undefined}
      data-dimmed={dimmed || undefined}
      onDoubleClick={(event) => {
        event.stopPropagation();
        // During a round a double click is two dots, not an edit.
        if (!voteCandidate) actions.startEditing(id);
      }}
    >
      <NodeHandles />
      <div className="ost-node-header">
        <KindIcon kind={kind} />
        <span>{KIND_LABEL[kind]}</span>
      </div>
      {editing ? (
        <NodeTitleEditor nodeId={id} />
      ) : (
        <div className={`ost-node-title${node.title.trim() ? '' : ' is-empty'}`} title={node.title} data-node-title dir="auto">
          {node.title.trim() ? node.title : `Untitled ${kind}`}
        </div>
      )}
      {body}
      <div className="ost-node-footer">{footer}</div>
      <FindingBadge nodeId={id} />
      <NodeVotes nodeId={id} />
      {hiddenCount > 0 && (
        <span className="hidden-count" title={hiddenCountHint(hiddenCount, Boolean(node.collapsed), levelsLimited)}>
          +{hiddenCount}
        </span>
      )}
      {selected && !editing && !readOnly && (
        <NodeToolbar nodeId={id} kind={kind} isRoot={node.parentId === null} hasChildren={hasChildren} collapsed={Boolean(node.collapsed)} />
      )}
    </div>
  );
}

/**
 * What the "+N" badge tells the user brings the hidden nodes back: Space expands a collapsed node,
 * but nodes below the last shown level come back only with Show all (Alt+A) or more levels.
 */
function hiddenCountHint(hiddenCount: number, collapsed: boolean, levelsLimited: boolean): string {
  if (collapsed && !levelsLimited) return `${hiddenCount} hidden — press Space to expand`;
  if (!collapsed) return `${hiddenCount} hidden by the levels shown — Show all (Alt+A) brings them back`;
  return `${hiddenCount} hidden — press Space to expand, and Show all (Alt+A) to show every level`;
}
