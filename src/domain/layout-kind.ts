import type { TreeDoc } from './types';

/**
 * How a tree is arranged on the canvas and in pictures, chosen per tree (kept in its settings):
 * - `tidy`: today's top-down tidy tree, every child below its parent, siblings side by side;
 * - `compact`: top-down, but children that have no children of their own are stacked in a column
 *   under their parent, so a wide level of leaves folds into a narrow one;
 * - `left-right`: the tidy tree turned on its side, the outcome at the left.
 */
export type LayoutKind = 'tidy' | 'compact' | 'left-right';

export const LAYOUT_KINDS = ['tidy', 'compact', 'left-right'] as const satisfies readonly LayoutKind[];

export const LAYOUT_LABEL: Record<LayoutKind, string> = {
  tidy: 'Top-down',
  compact: 'Compact',
  'left-right': 'Left to right',
};

export const DEFAULT_LAYOUT: LayoutKind = 'tidy';

export function isLayoutKind(value: unknown): value is LayoutKind {
  return typeof value === 'string' && (LAYOUT_KINDS as readonly string[]).includes(value);
}

/** The tree's chosen layout; a missing or unknown setting (older stored trees) is the tidy tree. */
export function layoutKindOf(doc: Pick<TreeDoc, 'meta'>): LayoutKind {
  const chosen = doc.meta.settings?.layout;
  return isLayoutKind(chosen) ? chosen : DEFAULT_LAYOUT;
}
