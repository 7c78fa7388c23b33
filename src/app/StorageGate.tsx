import { useEffect, useState } from 'react';
import { openDatabase, type OpenDatabaseResult } from '../persistence/open-database';
import type { AppServices } from '../ui/services-context';
import { journalEverything } from '../ui/draft-registry';
import { App } from './App';
import { createAppServices } from './services';

/** How long an open may take before the page says storage is not answering (DESIGN: within 10 s). */
export const OPEN_TIMEOUT_MS = 8000;

export const HANGING_MESSAGE =
  "This browser's storage is not answering, so your trees cannot be opened. Close other tabs of the editor and reload this page; if it keeps happening, restart the browser.";
export const OUTDATED_MESSAGE =
  'A newer version of the editor was opened in another tab, so this tab has stopped saving. Reload this tab to continue: your unsaved edits are kept and will be saved after the reload.';

type Gate =
  | { state: 'opening' }
  | { state: 'waiting'; message: string }
  | { state: 'failed'; message: string }
  | { state: 'ready'; services: AppServices };

/**
 * Opens the database before the app shows, and says in words what to do when it cannot: no
 * IndexedDB (some private windows), an open that fails or never answers, another tab holding an
 * older version. When another tab later upgrades the database, this tab stops writing, journals
 * what is unsaved and asks for a reload.
 */
export function StorageGate({ databaseName }: { databaseName?: string }) {
  const [gate, setGate] = useState<Gate>({ state: 'opening' });
  const [outdated, setOutdated] = useState(false);

  useEffect(() => {
    let settled = false;
    const timer = window.setTimeout(() => {
      if (!settled) setGate({ state: 'waiting', message: HANGING_MESSAGE });
    }, OPEN_TIMEOUT_MS);
    const onResult = (result: OpenDatabaseResult): void => {
      if (result.ok) {
        settled = true;
        window.clearTimeout(timer);
        setGate({ state: 'ready', services: createAppServices(result.db) });
      } else if (result.error.kind === 'blocked') {
        setGate({ state: 'waiting', message: result.error.message });
        void result.error.whenUnblocked.then(onResult);
      } else {
        settled = true;
        window.clearTimeout(timer);
        setGate({ state: 'failed', message: result.error.message });
      }
    };
    openDatabase({
      ...(databaseName ? { name: databaseName } : {}),
      onVersionChange: () => {
        journalEverything();
        setOutdated(true);
      },
    }).then(onResult, (error: unknown) => onResult({ ok: false, error: { kind: 'failed', message: String(error), cause: error } }));
    return () => window.clearTimeout(timer);
  }, [databaseName]);

  if (gate.state !== 'ready') {
    if (gate.state === 'opening') return <div className="screen-message">Opening your trees…</div>;
    return (
      <div className="screen-message" role="alert" data-testid="storage-problem" data-state={gate.state}>
        <p>{gate.message}</p>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
  return (
    <>
      {outdated && (
        <div className="outdated-banner" role="alert" data-testid="storage-problem" data-state="outdated">
          <span>{OUTDATED_MESSAGE}</span>
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      )}
      <App services={gate.services} />
    </>
  );
}
