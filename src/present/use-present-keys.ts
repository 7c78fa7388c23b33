import { useEffect } from 'react';

interface PresentKeyHandlers {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  leave(): void;
}

/** Function keys the browser itself uses (reload, full screen, developer tools) pass through. */
const BROWSER_KEYS = /^F\d{1,2}$/;

/**
 * Present mode owns the keyboard: →, PageDown and Space step forward (what presentation clickers
 * send), ←, PageUp and Shift+Space back, Home/End jump, Esc or Alt+P leaves. Every other key is
 * stopped before the editor's handlers see it, so no key can change the tree while presenting.
 */
export function usePresentKeys(handlers: PresentKeyHandlers): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (BROWSER_KEYS.test(event.key) && event.key !== 'F2') return;
      // Tab moves between the presentation's own buttons (step, full screen, leave).
      if (event.key === 'Tab') {
        event.stopImmediatePropagation();
        return;
      }
      event.stopImmediatePropagation();
      event.preventDefault();
      if (event.repeat && event.key === 'Escape') return;
      const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
      if (event.altKey && event.code === 'KeyP') handlers.leave();
      else if (!plain) return;
      else if (event.key === 'Escape') handlers.leave();
      else if (event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !event.shiftKey) || event.key === 'ArrowDown') handlers.next();
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp' || (event.key === ' ' && event.shiftKey) || event.key === 'ArrowUp') handlers.previous();
      else if (event.key === 'Home') handlers.first();
      else if (event.key === 'End') handlers.last();
    }
    // Capture on the window runs before every handler on the document or inside the page.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [handlers]);
}
