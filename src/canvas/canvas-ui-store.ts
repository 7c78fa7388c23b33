import { create } from 'zustand';

/** Canvas-only UI state that is not part of the tree: drag feedback and search. */
interface CanvasUiState {
  dropTargetId: string | null;
  dropAllowed: boolean;
  searchOpen: boolean;
  searchQuery: string;
  setDropTarget(id: string | null, allowed: boolean): void;
  openSearch(): void;
  closeSearch(): void;
  setSearchQuery(query: string): void;
}

export const useCanvasUi = create<CanvasUiState>()((set) => ({
  dropTargetId: null,
  dropAllowed: false,
  searchOpen: false,
  searchQuery: '',
  setDropTarget: (dropTargetId, dropAllowed) => set({ dropTargetId, dropAllowed }),
  openSearch: () => set({ searchOpen: true }),
  closeSearch: () => set({ searchOpen: false, searchQuery: '' }),
  setSearchQuery: (searchQuery) => set({ searchQuery }),
}));

export function matchesSearch(title: string, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return needle.length > 0 && title.toLowerCase().includes(needle);
}
