import { useEffect, useState } from 'react';

type Persistence = 'checking' | 'persistent' | 'best-effort' | 'unknown';

/**
 * Asks the browser to keep this site's storage (`navigator.storage.persist()`), and says whether
 * it does. Without it the browser may clear the trees when space runs low, so the library then
 * reminds the user to back up.
 */
export function StorageStatus({ onBackUp }: { onBackUp: () => void }) {
  const [state, setState] = useState<Persistence>('checking');

  useEffect(() => {
    let cancelled = false;
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.persisted || !storage.persist) {
      setState('unknown');
      return;
    }
    storage
      .persisted()
      .then((already) => already || storage.persist())
      .then(
        (kept) => !cancelled && setState(kept ? 'persistent' : 'best-effort'),
        () => !cancelled && setState('unknown'),
      );
    return () => {
      cancelled = true;
    };
  }, []);

  if (state === 'checking') return null;
  const persisted = state === 'persistent';
  return (
    <p className={`storage-status ${persisted ? '' : 'is-at-risk'}`} data-testid="storage-status" data-persisted={String(persisted)} role="status">
      {persisted ? (
        'Your trees are stored on this device; the browser will not clear them on its own.'
      ) : (
        <>
          This browser may clear stored trees when space runs low (or after weeks without a visit).{' '}
          <button type="button" className="btn-link" onClick={onBackUp}>
            Back up all trees
          </button>{' '}
          now and then to keep a copy.
        </>
      )}
    </p>
  );
}
