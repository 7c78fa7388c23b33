import type { ImportReport } from '../../export/import-report';

interface ImportNoticeProps {
  imported: ImportReport;
  /** Shown for a single tree when it is not open yet. */
  onOpen?: (treeId: string) => void;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * What an import added, what it had to change, and a way to take it back: in the library after a
 * backup restore, and in the editor over a tree just imported from a file.
 */
export function ImportNotice({ imported, onOpen, onUndo, onDismiss }: ImportNoticeProps) {
  const { docs, warnings } = imported;
  const [first] = docs;
  const what = docs.length === 1 && first ? `Imported “${first.meta.title}”.` : `Restored ${docs.length} trees from the backup.`;
  return (
    <div className="library-message import-notice" role="status" data-testid="import-notice">
      <div>
        {what}
        {warnings.length > 0 && (
          <>
            {' '}
            {warnings.length === 1 ? 'One thing was changed' : `${warnings.length} things were changed`} to keep the file usable:
            <ul data-testid="import-warnings">
              {warnings.slice(0, 5).map((warning) => (
                <li key={warning}>
                  <code>{warning}</code>
                </li>
              ))}
              {warnings.length > 5 && <li>…and {warnings.length - 5} more.</li>}
            </ul>
          </>
        )}
      </div>
      <div className="import-notice-actions">
        {docs.length === 1 && first && onOpen && (
          <button type="button" className="btn" onClick={() => onOpen(first.meta.id)}>
            Open
          </button>
        )}
        <button type="button" className="btn" onClick={onUndo} data-testid="undo-import">
          Undo import
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDismiss} aria-label="Dismiss">
          ✕
        </button>
      </div>
    </div>
  );
}
