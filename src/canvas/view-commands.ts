import { LAYOUT_KINDS } from '../domain/layout-kind';
import { layoutKindOf } from '../domain/layout-kind';
import type { EditorStore } from '../store/editor-store';
import { useCanvasView } from './view-store';

/** Commands that change what the canvas shows, not the tree (except the layout setting). */
export type ViewCommand = 'focus-branch' | 'cycle-levels' | 'show-all' | 'next-layout';

/** The deepest "first N levels" view offered; past it comes the whole tree again. */
export const MAX_LEVEL_CHOICE = 4;

/** Focuses the branch of `id` (its ancestors and subtree stay, the rest dims) and fits it in view; again to leave. */
export function toggleFocusBranch(id: string | null): void {
  const view = useCanvasView.getState();
  if (!id || view.focusBranchId === id) {
    view.setFocusBranch(null);
    view.requestFit(null);
    return;
  }
  view.setFocusBranch(id);
  view.requestFit(null);
}

/** Shows only the first `levels` levels (1 = the outcome alone), or all with null; fits the result. */
export function showLevels(levels: number | null): void {
  const view = useCanvasView.getState();
  view.setMaxLevels(levels);
  view.requestFit(null);
}

/** Everything again: every level, every collapsed node expanded, no focused branch. */
export function showEverything(store: EditorStore): void {
  const { doc, actions } = store.getState();
  for (const node of Object.values(doc.nodes)) if (node.collapsed) actions.toggleCollapsed(node.id, false);
  const view = useCanvasView.getState();
  view.setFocusBranch(null);
  view.setMaxLevels(null);
  view.requestFit(null);
}

/** Runs a view command from the keyboard; `selectedId` is the node it applies to, if any. */
export function runViewCommand(command: ViewCommand, store: EditorStore, selectedId: string | null): void {
  switch (command) {
    case 'focus-branch':
      toggleFocusBranch(selectedId);
      return;
    case 'cycle-levels': {
      const current = useCanvasView.getState().maxLevels;
      showLevels(current === null ? 1 : current >= MAX_LEVEL_CHOICE ? null : current + 1);
      return;
    }
    case 'show-all':
      showEverything(store);
      return;
    case 'next-layout': {
      const { doc, actions } = store.getState();
      const kinds = LAYOUT_KINDS;
      actions.setLayout(kinds[(kinds.indexOf(layoutKindOf(doc)) + 1) % kinds.length]!);
      useCanvasView.getState().requestFit(null);
      return;
    }
  }
}
