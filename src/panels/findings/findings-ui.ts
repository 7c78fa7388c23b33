import { create } from 'zustand';

/** Whether the findings panel is shown; open by default, as DESIGN.md's DOM contract promises. */
interface FindingsUiState {
  open: boolean;
  setOpen(open: boolean): void;
  toggle(): void;
}

export const useFindingsUi = create<FindingsUiState>()((set) => ({
  open: true,
  setOpen: (open) => set({ open }),
  toggle: () => set((state) => ({ open: !state.open })),
}));
