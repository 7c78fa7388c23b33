import type { NodeKind } from '../../domain/types';
import type { Direction } from '../../domain/navigation';
import type { ViewCommand } from '../view-commands';

/** Everything the keyboard can ask the editor to do; one entry per row of the README keymap. */
export type KeyCommand =
  | { type: 'add-child'; kind?: NodeKind }
  | { type: 'add-sibling' }
  | { type: 'edit'; initialText?: string }
  | { type: 'navigate'; direction: Direction }
  | { type: 'move'; direction: Direction }
  | { type: 'delete' }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'toggle-collapse' }
  | { type: 'search' }
  | { type: 'fit-view' }
  | { type: 'deselect' }
  | { type: 'help' }
  | { type: 'inspect' }
  | { type: 'view'; command: ViewCommand };

export interface KeyInput {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const ALT_KINDS: Record<string, NodeKind> = { KeyO: 'opportunity', KeyS: 'solution', KeyE: 'experiment' };
/** Workshop view commands: Alt+letter, which typing a title never sends. */
const ALT_VIEW: Record<string, ViewCommand> = { KeyB: 'focus-branch', KeyL: 'cycle-levels', KeyA: 'show-all', KeyT: 'next-layout' };

/** Maps a key press to a command (DESIGN.md keyboard map), or null when the key is not ours. */
export function commandForKey(input: KeyInput): KeyCommand | null {
  const mod = input.ctrlKey || input.metaKey;
  if (mod && !input.altKey) {
    const letter = input.key.toLowerCase();
    if (letter === 'z') return input.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (letter === 'y') return { type: 'redo' };
    if (letter === 'f') return { type: 'search' };
    return null;
  }
  if (input.altKey && !mod) {
    // Alt+Enter: "properties" — into the selected node's inspector.
    if (input.key === 'Enter') return { type: 'inspect' };
    const kind = ALT_KINDS[input.code];
    if (kind) return { type: 'add-child', kind };
    const view = ALT_VIEW[input.code];
    if (view && !input.shiftKey) return { type: 'view', command: view };
    const direction = ARROWS[input.key];
    if (direction) return { type: 'move', direction };
    return null;
  }
  if (mod || input.altKey) return null;
  const direction = ARROWS[input.key];
  if (direction) return { type: 'navigate', direction };
  switch (input.key) {
    case 'Tab':
      return input.shiftKey ? null : { type: 'add-child' };
    case 'Enter':
      return { type: 'add-sibling' };
    case 'F2':
      return { type: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { type: 'delete' };
    case ' ':
      return { type: 'toggle-collapse' };
    case 'Escape':
      return { type: 'deselect' };
  }
  if (input.shiftKey && (input.key === '!' || input.code === 'Digit1')) return { type: 'fit-view' };
  // `?` opens the help; it never starts a title, so the help is one key away on any node.
  if (input.key === '?') return { type: 'help' };
  // Typing a character on a selected node starts editing its title with that character.
  if (input.key.length === 1 && input.key !== ' ') return { type: 'edit', initialText: input.key };
  return null;
}
