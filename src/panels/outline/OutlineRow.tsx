import { memo } from 'react';
import { KindIcon } from '../../ui/KindIcon';
import { KIND_LABEL } from '../../domain/kinds';
import type { OutlineRow as Row } from '../../domain/outline-rows';
import { useEditor } from '../../store/editor-context';
import { badgeKeyForNode } from '../../store/derived/findings';
import { shownVotes } from '../../domain/voting/vote-rounds';
import { progressSummary } from '../../domain/key-results/format';
import { keyResultProgress, roundedProgress } from '../../domain/key-results/progress';
import { OutlineTitleEditor } from './OutlineTitleEditor';

const SEVERITY_WORD = { error: 'error', warning: 'warning', info: 'note' } as const;
const NO_IDS: readonly string[] = [];

interface OutlineRowProps {
  row: Row;
  /** The one row in the tab order (roving tabindex). */
  active: boolean;
  editing: boolean;
  top: number;
  onSelect(id: string): void;
  onToggle(id: string): void;
  onEditDone(): void;
}

/** One node as a `treeitem`: kind, title, and its evidence, votes and findings as words, not only colour. */
export const OutlineRow = memo(function OutlineRow({ row, active, editing, top, onSelect, onToggle, onEditDone }: OutlineRowProps) {
  const node = useEditor((state) => state.doc.nodes[row.id]);
  const selected = useEditor((state) => state.selectedId === row.id);
  const badgeKey = useEditor((state) => badgeKeyForNode(state.checkedDoc, row.id));
  const votes = useEditor((state) => shownVotes(state.doc, row.id));
  const evidenceCount = (node?.evidenceIds ?? NO_IDS).length;
  if (!node) return null;
  const title = node.title.trim();
  const [severity, count] = badgeKey ? (badgeKey.split(':') as ['error' | 'warning' | 'info', string]) : [null, '0'];

  return (
    <div
      role="treeitem"
      id={`outline-${row.id}`}
      className={`outline-row kind-${node.kind}${selected ? ' is-selected' : ''}`}
      style={{ top, paddingInlineStart: 8 + (row.level - 1) * 18 }}
      data-node-id={row.id}
      data-kind={node.kind}
      aria-level={row.level}
      aria-setsize={row.setSize}
      aria-posinset={row.posInSet}
      aria-expanded={row.hasChildren ? row.expanded : undefined}
      aria-selected={selected}
      tabIndex={active ? 0 : -1}
      {...(active ? { 'data-region-entry': '' } : {})}
      onClick={() => onSelect(row.id)}
    >
      <span
        className="outline-twisty"
        aria-hidden="true"
        onClick={(event) => {
          event.stopPropagation();
          if (row.hasChildren) onToggle(row.id);
        }}
      >
        {row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}
      </span>
      <KindIcon kind={node.kind} />
      <span className="outline-kind">{KIND_LABEL[node.kind]}:</span>
      {editing ? (
        <OutlineTitleEditor nodeId={row.id} title={node.title} onDone={onEditDone} />
      ) : (
        <span className={`outline-title${title ? '' : ' is-empty'}`} data-node-title dir="auto" title={node.title}>
          {title || `Untitled ${node.kind}`}
        </span>
      )}
      {node.target && <span className="outline-tag">target</span>}
      {node.kind === 'outcome' && node.keyResults?.length ? (
        <span className="outline-meta outline-key-results">
          {progressSummary(node.keyResults, (keyResult) => {
            const progress = keyResultProgress(keyResult);
            return progress === null ? null : roundedProgress(progress);
          })}
        </span>
      ) : null}
      {(node.kind === 'opportunity' || node.kind === 'solution') && (
        <span className="outline-meta">
          {evidenceCount} evidence
        </span>
      )}
      {votes ? (
        <span className="outline-meta outline-votes" data-votes={votes}>
          {votes} {votes === 1 ? 'vote' : 'votes'}
        </span>
      ) : null}
      {severity && (
        <span className="outline-meta outline-findings" data-severity={severity}>
          {count} finding{count === '1' ? '' : 's'}, worst {SEVERITY_WORD[severity]}
        </span>
      )}
    </div>
  );
});
