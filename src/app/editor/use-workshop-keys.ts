import { useEffect } from 'react';
import { isEditableTarget } from '../../canvas/keyboard/is-editable-target';
import { usePresent } from '../../present/present-store';
import { isImeComposing } from '../../ui/ime';
import { useTextSize } from '../../ui/text-size';
import { useSidePanel } from './side-panel';

/**
 * Workshop keys that act on the whole editor, not on a node, so they work wherever focus is
 * (except while typing in a field): Alt+P present, Alt+I side panel, Alt+= / Alt+- text size.
 * All are Alt combinations, which typing a title never sends.
 */
export function useWorkshopKeys(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isImeComposing(event) || !event.altKey || event.ctrlKey || event.metaKey || isEditableTarget(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return;
      switch (event.code) {
        case 'KeyP':
          usePresent.getState().toggle();
          break;
        case 'KeyI':
          useSidePanel.getState().toggle();
          break;
        case 'Equal':
        case 'NumpadAdd':
          useTextSize.getState().step(1);
          break;
        case 'Minus':
        case 'NumpadSubtract':
          useTextSize.getState().step(-1);
          break;
        default:
          return;
      }
      event.preventDefault();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
