import { useEffect } from 'react';
import { isImeComposing } from '../../ui/ime';
import { cycleRegion } from '../../ui/regions';

/**
 * F6 / Shift+F6 move focus to the next / previous region of the editor (header, outline, canvas,
 * side panel), skipping hidden ones — from anywhere but a modal dialog, which keeps focus inside.
 */
export function useRegionKeys(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'F6' || event.ctrlKey || event.metaKey || event.altKey || isImeComposing(event)) return;
      if (event.target instanceof HTMLElement && event.target.closest('[aria-modal="true"]')) return;
      event.preventDefault();
      cycleRegion(event.shiftKey ? -1 : 1);
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
