import type { OutlineRow } from '../../domain/outline-rows';

/** What a key does in the outline (WAI-ARIA tree view pattern). */
export type OutlineAction =
  | { type: 'move'; index: number }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'expand-all'; ids: string[] }
  | { type: 'edit'; id: string };

export interface OutlineKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Maps a key on the row at `active` to an action: ↑/↓ previous/next row; → expands a collapsed
 * row, else goes to its first child; ← collapses an expanded row, else goes to its parent; Home/End
 * first/last row; `*` expands every sibling; Enter or F2 edits the title; a letter jumps to the next
 * row whose title starts with it (type-ahead). Returns null for keys the outline leaves alone.
 */
export function outlineAction(rows: readonly OutlineRow[], active: number, input: OutlineKey, titleOf: (id: string) => string): OutlineAction | null {
  const row = rows[active];
  if (!row || input.ctrlKey || input.metaKey || input.altKey) return null;
  switch (input.key) {
    case 'ArrowDown':
      return active + 1 < rows.length ? { type: 'move', index: active + 1 } : null;
    case 'ArrowUp':
      return active > 0 ? { type: 'move', index: active - 1 } : null;
    case 'Home':
      return { type: 'move', index: 0 };
    case 'End':
      return { type: 'move', index: rows.length - 1 };
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      return row.expanded ? { type: 'move', index: active + 1 } : { type: 'expand', id: row.id };
    case 'ArrowLeft': {
      if (row.hasChildren && row.expanded) return { type: 'collapse', id: row.id };
      const parent = rows.findIndex((candidate) => candidate.id === row.parentId);
      return parent >= 0 ? { type: 'move', index: parent } : null;
    }
    case '*': {
      const ids = rows.filter((other) => other.parentId === row.parentId && other.hasChildren && !other.expanded).map((other) => other.id);
      return ids.length > 0 ? { type: 'expand-all', ids } : null;
    }
    case 'Enter':
    case 'F2':
      return { type: 'edit', id: row.id };
  }
  if (input.key.length === 1 && input.key.trim() !== '') {
    const letter = input.key.toLocaleLowerCase();
    for (let step = 1; step <= rows.length; step++) {
      const index = (active + step) % rows.length;
      const candidate = rows[index];
      if (candidate && titleOf(candidate.id).trim().toLocaleLowerCase().startsWith(letter)) return { type: 'move', index };
    }
  }
  return null;
}
