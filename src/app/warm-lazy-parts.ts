/**
 * The parts of the app that load on first use (kept out of the first download), each as the same
 * dynamic import its user makes: once one has resolved, the page's module map holds it and every
 * later import resolves with no network. Keep in step with every `import()` in src (a unit test
 * checks).
 */
export const LAZY_PARTS: ReadonlyArray<{ name: string; load: () => Promise<unknown> }> = [
  { name: 'import and restore', load: () => import('../export/import-actions') },
  { name: 'present mode', load: () => import('../present/PresentMode') },
  { name: 'keyboard help', load: () => import('./editor/KeyboardHelp') },
  { name: 'dot voting dialog', load: () => import('../canvas/voting/VoteStartDialog') },
  { name: 'one-pager export', load: () => import('../export/one-pager/one-pager-actions') },
];

interface IdleWindow {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

/**
 * On a page no service worker controls yet (the very first visit: the worker installs in the
 * background but serves only the next page load), loads every lazy part while the page is idle,
 * one at a time, so losing the network later in this visit does not break import, present mode or
 * the other parts. A controlled page gets them from the worker's precache and loads nothing early.
 * Returns a promise that settles when done (tests), never rejecting: a part that fails to load now
 * is simply loaded on first use, as before.
 */
export function warmLazyParts(
  win: IdleWindow = window,
  controlled: () => boolean = () => Boolean(navigator.serviceWorker?.controller),
  parts = LAZY_PARTS,
): Promise<void> {
  if (controlled()) return Promise.resolve();
  const idle = () =>
    new Promise<void>((resolve) => {
      if (win.requestIdleCallback) win.requestIdleCallback(() => resolve(), { timeout: 3000 });
      else win.setTimeout(resolve, 200);
    });
  return parts.reduce<Promise<void>>(
    (previous, part) =>
      previous.then(idle).then(
        () => part.load().then(() => undefined),
      ).catch(() => undefined),
    Promise.resolve(),
  );
}
