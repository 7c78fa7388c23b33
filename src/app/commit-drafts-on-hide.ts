import { commitAllDrafts } from '../ui/draft-registry';

/**
 * Commits every field's draft when the page is hidden or unloaded (see ui/draft-registry.ts).
 * Installed before the app renders, so it runs before the editor journals what is unsaved.
 */
export function installCommitDraftsOnHide(win: Window = window, doc: Document = document): void {
  win.addEventListener('pagehide', commitAllDrafts);
  doc.addEventListener('visibilitychange', () => {
    if (doc.visibilityState === 'hidden') commitAllDrafts();
  });
}
