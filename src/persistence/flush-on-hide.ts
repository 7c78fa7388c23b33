import type { Autosave } from './autosave';

type Listenable = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/**
 * Saves at once when the page is hidden or being unloaded: the browser may discard a hidden tab
 * without further notice, so a debounced save could otherwise never run. `beforeFlush` runs
 * synchronously first (e.g. journalling unsaved rows, since a write started during unload may
 * never commit). Returns a remover.
 */
export function installFlushOnHide(
  autosave: Pick<Autosave, 'flush'>,
  win: Listenable = window,
  doc: Listenable & { readonly visibilityState: DocumentVisibilityState } = document,
  beforeFlush?: () => void,
): () => void {
  const flush = (): void => {
    beforeFlush?.();
    void autosave.flush();
  };
  const flushWhenHidden = (): void => {
    if (doc.visibilityState === 'hidden') flush();
  };
  win.addEventListener('pagehide', flush);
  doc.addEventListener('visibilitychange', flushWhenHidden);
  return () => {
    win.removeEventListener('pagehide', flush);
    doc.removeEventListener('visibilitychange', flushWhenHidden);
  };
}
