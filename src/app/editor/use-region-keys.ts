import { useEffect } from 'react';
import { useOutlineUi } from '../../panels/outline/outline-ui';
import { isImeComposing } from '../../ui/ime';
import { cycleRegion, focusRegion } from '../../ui/regions';

/**
 * F6 / Shift+F6 move focus to the next / previous region of the editor (header, outline, canvas,
 * side panel), skipping hidden ones — from anywhere but a modal dialog, which keeps focus inside.
 * Alt+U shows the outline and moves focus into it, or hides it and goes back to the canvas.
 */
export function useRegionKeys(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || isImeComposing(event)) return;
      if (event.target instanceof HTMLElement && event.target.closest('[aria-modal="true"]')) return;
      if (event.key === 'F6' && !event.altKey) {
        event.preventDefault();
        cycleRegion(event.shiftKey ? -1 : 1);
      } else if (event.altKey && !event.shiftKey && event.code === 'KeyU') {
        event.preventDefault();
        const outline = useOutlineUi.getState();
        outline.setOpen(!outline.open);
        // After the outline is drawn (or gone).
        requestAnimationFrame(() => focusRegion(outline.open ? 'canvas' : 'outline'));
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
