import type { Patch } from 'immer';

/** One undoable step: the patches that made it and the inverse patches that revert it. */
export interface HistoryEntry {
  label: string;
  patches: Patch[];
  inversePatches: Patch[];
  /** Consecutive changes with the same key merge into one step (e.g. one title edit session). */
  coalesceKey?: string;
  selectionBefore: string | null;
  selectionAfter: string | null;
}

export const HISTORY_LIMIT = 500;

/** Pushes a step, merging it into the previous one when both carry the same coalesce key. */
export function pushEntry(past: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const previous = past[past.length - 1];
  if (previous && entry.coalesceKey !== undefined && previous.coalesceKey === entry.coalesceKey) {
    const merged: HistoryEntry = {
      ...previous,
      patches: [...previous.patches, ...entry.patches],
      // Inverse patches are applied in order, so the newest change is reverted first.
      inversePatches: [...entry.inversePatches, ...previous.inversePatches],
      selectionAfter: entry.selectionAfter,
    };
    return [...past.slice(0, -1), merged];
  }
  const next = [...past, entry];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
