import { create } from 'zustand';

/** Whether the keyboard help dialog is open; the `?` key and the header's ⌨ button open it. */
interface KeyboardHelpUiState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const useKeyboardHelpUi = create<KeyboardHelpUiState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
