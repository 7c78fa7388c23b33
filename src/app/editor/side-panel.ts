import { create } from 'zustand';

const STORAGE_KEY = 'ost-editor:side-panel';

function storedOpen(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

interface SidePanelState {
  open: boolean;
  toggle(): void;
}

/** Whether the side panel (inspector and findings) is shown; remembered per browser (Alt+I). */
export const useSidePanel = create<SidePanelState>()((set, get) => ({
  open: typeof window === 'undefined' ? true : storedOpen(),
  toggle: () => {
    const open = !get().open;
    try {
      window.localStorage.setItem(STORAGE_KEY, open ? 'shown' : 'hidden');
    } catch {
      // Not remembered; the panel still hides for this visit.
    }
    set({ open });
  },
}));
