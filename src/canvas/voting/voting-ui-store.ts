import { create } from 'zustand';

/** Voting UI state that is not part of the tree: whether the start dialog is open. */
interface VotingUiState {
  startDialogOpen: boolean;
  openStartDialog(): void;
  closeStartDialog(): void;
}

export const useVotingUi = create<VotingUiState>()((set) => ({
  startDialogOpen: false,
  openStartDialog: () => set({ startDialogOpen: true }),
  closeStartDialog: () => set({ startDialogOpen: false }),
}));
