import type { ImportFailure } from '../../export/import-actions';

/** Why a file was not imported, with the first problems by path; the library is unchanged. */
export function ImportAlert({ error, onDismiss }: { error: ImportFailure; onDismiss: () => void }) {
  return (
    <div className="import-alert" role="alert" data-testid="import-error" data-kind={error.kind}>
      <div>
        <strong>Not imported.</strong> {error.message}
        {error.problems.length > 0 && (
          <ul>
            {error.problems.map((problem) => (
              <li key={problem}>
                <code>{problem}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" className="btn btn-ghost" onClick={onDismiss} aria-label="Dismiss">
        ✕
      </button>
    </div>
  );
}
