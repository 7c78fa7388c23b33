import { useLayoutEffect } from 'react';
import { focusRegion } from './regions';

/**
 * While a dialog or menu is open, remembers what had focus when it opened and gives focus back to
 * it when it closes (Esc, Close, a click outside). If that element is gone, focus goes to the canvas
 * rather than falling to `<body>`, where no key would do anything.
 */
export function useReturnFocus(active = true): void {
  useLayoutEffect(() => {
    if (!active) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      // After the dialog's own nodes are gone, so focus does not land inside it again.
      queueMicrotask(() => {
        const current = document.activeElement;
        const focusLost = !current || current === document.body || !current.isConnected;
        if (!focusLost) return;
        if (opener && opener.isConnected && opener !== document.body) opener.focus({ preventScroll: true });
        else focusRegion('canvas');
      });
    };
  }, [active]);
}
