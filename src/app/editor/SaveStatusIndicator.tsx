import type { AutosaveStatus } from '../../persistence/autosave';

const TEXT: Record<AutosaveStatus['state'], string> = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  error: 'Not saved yet',
};

/** A quiet indicator in the header; a failed save also raises the banner below. */
export function SaveStatusIndicator({ status }: { status: AutosaveStatus }) {
  return (
    <span className={`save-status is-${status.state}`} data-testid="save-status" data-state={status.state} role="status" title={status.state === 'saved' ? 'All changes are saved in this browser' : undefined}>
      {TEXT[status.state]}
    </span>
  );
}

export function SaveErrorBanner({ status, onExport }: { status: AutosaveStatus; onExport: () => void }) {
  if (status.state !== 'error') return null;
  return (
    <div className="save-error-banner" role="alert" data-testid="save-error">
      <span>{status.message ?? 'Your last changes are not saved yet. We keep retrying.'}</span>
      <button type="button" className="btn" onClick={onExport}>
        Export as JSON
      </button>
    </div>
  );
}
