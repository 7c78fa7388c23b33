import { useEffect, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';

/** A new version's service worker, installed and waiting: `activate()` switches to it and reloads. */
export interface WaitingUpdate {
  activate: () => Promise<void>;
}

/**
 * Registers the service worker (from this module, not an inline script, so the page's
 * Content-Security-Policy allows it) and returns the waiting update, if any. Null until a new
 * version has installed; in the dev server there is no worker and it stays null.
 */
export function useServiceWorkerUpdate(): WaitingUpdate | null {
  const [update, setUpdate] = useState<WaitingUpdate | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const updateServiceWorker = registerSW({
      onNeedRefresh: () => setUpdate({ activate: () => updateServiceWorker(true) }),
    });
  }, []);
  return update;
}
