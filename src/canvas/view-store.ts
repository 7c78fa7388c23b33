import { create } from 'zustand';
import { EDITING_SPACING, type LayoutSpacing } from '../domain/node-metrics';

/**
 * What the canvas shows of the open tree, apart from the tree itself: a branch in focus, how many
 * levels are shown, the nodes a presentation step puts in focus, and requests to fit nodes into
 * view. View state only: none of it is stored with the tree or changes it.
 */
interface CanvasViewState {
  /** The node whose branch (ancestors and subtree) stays in focus; the rest is dimmed. */
  focusBranchId: string | null;
  /** Show only this many levels (1 = the outcome alone), or everything. */
  maxLevels: number | null;
  /** Nodes a presentation step puts in focus; the rest is dimmed. */
  stepIds: ReadonlySet<string> | null;
  /** Gaps the layout leaves between boxes: the editing ones, or tighter ones while presenting. */
  spacing: LayoutSpacing;
  /** Asks the canvas to fit these nodes (null: the whole tree) into view; the tick makes repeats count. */
  fitRequest: { ids: readonly string[] | null; tick: number; padding: number; rightInset: number } | null;
  setFocusBranch(id: string | null): void;
  setMaxLevels(levels: number | null): void;
  setStep(ids: readonly string[] | null): void;
  setSpacing(spacing: LayoutSpacing): void;
  /** `rightInset`: a fraction of the view's width on the right kept free (a panel covers it). */
  requestFit(ids: readonly string[] | null, padding?: number, rightInset?: number): void;
  /** Forgets the last fit request, so a resize soon after does not fit it again. */
  cancelFit(): void;
  reset(): void;
}

/** Default space around fitted nodes, as a fraction of the view. */
export const FIT_PADDING = 0.08;

export const useCanvasView = create<CanvasViewState>()((set, get) => ({
  focusBranchId: null,
  maxLevels: null,
  stepIds: null,
  spacing: EDITING_SPACING,
  fitRequest: null,
  setFocusBranch: (focusBranchId) => set({ focusBranchId }),
  setMaxLevels: (maxLevels) => set({ maxLevels }),
  setStep: (ids) => set({ stepIds: ids ? new Set(ids) : null }),
  setSpacing: (spacing) => set({ spacing }),
  requestFit: (ids, padding = FIT_PADDING, rightInset = 0) => set({ fitRequest: { ids, padding, rightInset, tick: (get().fitRequest?.tick ?? 0) + 1 } }),
  cancelFit: () => set({ fitRequest: null }),
  reset: () => set({ focusBranchId: null, maxLevels: null, stepIds: null, spacing: EDITING_SPACING, fitRequest: null }),
}));
