import { isImeComposing } from '../../ui/ime';
import { MAX_TITLE_LENGTH } from '../../domain/file-format/limits';
import { useEffect, useRef, useState } from 'react';
import { registerDraft } from '../../ui/draft-registry';
import type { TreeRow } from '../../persistence/db';
import { relativeTime } from './relative-time';

interface TreeCardProps {
  tree: TreeRow;
  /** Text of this tree's that another tab's later save replaced waits to be shown in the editor. */
  hasConflicts?: boolean;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** One tree in the library: click opens it; its own buttons rename, duplicate or delete it. */
export function TreeCard({ tree, hasConflicts = false, onOpen, onRename, onDuplicate, onDelete }: TreeCardProps) {
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(tree.title);

  function commitRename() {
    setRenaming(false);
    const title = draft.trim();
    if (title && title !== tree.title) onRename(title);
    else setDraft(tree.title);
  }
  const commitRef = useRef(commitRename);
  commitRef.current = commitRename;
  // A rename still in its field is committed (and journalled) if the page goes away.
  useEffect(() => (renaming ? registerDraft(() => commitRef.current()) : undefined), [renaming]);

  return (
    <li className="tree-card" data-tree-id={tree.id}>
      {renaming ? (
        <input
          className="tree-card-rename"
          dir="auto"
          aria-label="New title"
          autoFocus
          value={draft}
          maxLength={MAX_TITLE_LENGTH}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commitRename}
          onKeyDown={(event) => {
            if (isImeComposing(event)) return;
            if (event.key === 'Enter') commitRename();
            if (event.key === 'Escape') {
              setDraft(tree.title);
              setRenaming(false);
            }
          }}
        />
      ) : (
        <button type="button" className="tree-card-open" onClick={onOpen} data-testid="open-tree">
          <span className="tree-card-title" dir="auto">{tree.title || 'Untitled tree'}</span>
          <span className="tree-card-meta">
            <span>Edited {relativeTime(tree.updatedAt)}</span>
            <span>
              {tree.nodeCount} node{tree.nodeCount === 1 ? '' : 's'}
            </span>
            <span className="count-pill is-error" data-testid="tree-errors" data-count={tree.errorCount} title="Errors">
              ! {tree.errorCount} error{tree.errorCount === 1 ? '' : 's'}
            </span>
            <span className="count-pill is-warning" data-testid="tree-warnings" data-count={tree.warningCount} title="Warnings">
              ▲ {tree.warningCount} warning{tree.warningCount === 1 ? '' : 's'}
            </span>
            {hasConflicts && (
              <span className="count-pill is-warning" data-testid="tree-conflicts">
                Another tab saved over some of your text: open to see it
              </span>
            )}
          </span>
        </button>
      )}
      <div className="tree-card-actions">
        <button type="button" className="btn btn-ghost" onClick={() => setRenaming(true)} data-testid="rename-tree">
          Rename
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDuplicate} data-testid="duplicate-tree">
          Duplicate
        </button>
        <button type="button" className="btn btn-ghost btn-danger" onClick={onDelete} data-testid="delete-tree">
          Delete
        </button>
      </div>
    </li>
  );
}
