import { create } from 'zustand';

/**
 * Whether the open tree is being presented. Small and loaded with the editor; the presentation
 * itself (steps, overlay, keys) is a separate chunk loaded on first use.
 */
interface PresentState {
  presenting: boolean;
  enter(): void;
  leave(): void;
  toggle(): void;
}

export const usePresent = create<PresentState>()((set, get) => ({
  presenting: false,
  enter: () => set({ presenting: true }),
  leave: () => set({ presenting: false }),
  toggle: () => set({ presenting: !get().presenting }),
}));
