import { useState } from 'react';
import { commitAllDrafts } from '../ui/draft-registry';
import { currentSaveProgress, decideReload, flushUnsavedWork } from '../ui/unsaved-work';
import type { WaitingUpdate } from './service-worker';

/** How long to wait for the open tree's saves before telling the user to wait (ms). */
const SAVE_WAIT_MS = 5000;

/**
 * "A new version is ready — Reload", shown while a new service worker waits. Reload first commits
 * every draft and saves the open tree; it reloads only when everything is stored, and otherwise
 * says why it waits (a save still running, or writes failing), so an update never reloads over
 * unsaved work. "Later" hides it until the next visit (the new version then starts by itself).
 */
export function UpdatePrompt({ update }: { update: WaitingUpdate | null }) {
  const [hidden, setHidden] = useState(false);
  const [busy, setBusy] = useState(false);
  const [waitMessage, setWaitMessage] = useState<string | null>(null);
  if (!update || hidden) return null;

  const reload = async () => {
    setBusy(true);
    setWaitMessage(null);
    commitAllDrafts();
    const deadline = Date.now() + SAVE_WAIT_MS;
    let decision = decideReload(currentSaveProgress());
    while (decision === 'wait-for-save' && Date.now() < deadline) {
      await flushUnsavedWork();
      decision = decideReload(currentSaveProgress());
      if (decision === 'wait-for-save') await new Promise((resolve) => setTimeout(resolve, 200));
    }
    if (decision === 'reload') {
      await update.activate();
      return;
    }
    setBusy(false);
    setWaitMessage(
      decision === 'blocked'
        ? 'Your latest changes could not be saved yet. Free some space or export the tree, then reload.'
        : 'Your latest changes are still saving. Try again in a moment.',
    );
  };

  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{waitMessage ?? 'A new version is ready.'}</span>
      <button type="button" className="btn" onClick={() => void reload()} disabled={busy}>
        {busy ? 'Saving…' : 'Reload'}
      </button>
      <button type="button" className="btn btn-ghost" onClick={() => setHidden(true)}>
        Later
      </button>
    </div>
  );
}
