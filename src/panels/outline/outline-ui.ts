import { create } from 'zustand';

/** Whether the outline is shown beside the canvas; `[data-testid="outline-toggle"]` flips it. */
interface OutlineUiState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useOutlineUi = create<OutlineUiState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
  toggle: () => set((state) => ({ open: !state.open })),
}));
