import { VOTE_KEY_HELP } from '../../canvas/voting/vote-keys';

/** The keyboard map as shown in the help dialog (and the README); keep in step with keymap.ts. */
export const KEYBOARD_HELP: ReadonlyArray<readonly [keys: string, action: string]> = [
  ['Tab', 'Add a child of the default kind (opportunity; experiment under a solution)'],
  ['Alt+O / Alt+S / Alt+E', 'Add a child opportunity / solution / experiment'],
  ['Enter', 'Add a sibling'],
  ['F2, or just type', 'Edit the title (a new node starts in edit mode)'],
  ['Enter or Esc while editing', 'Keep the text and stop editing'],
  ['Tab while editing', 'Keep the text and add a child'],
  ['Arrow keys', 'Select the parent, first child, or neighbour'],
  ['Alt+← / Alt+→', 'Move the node before / after its sibling'],
  ['Alt+↑ / Alt+↓', 'Move the node out next to its parent / into the sibling before it'],
  ['Delete or Backspace', 'Delete the node and everything under it (undoable)'],
  ['Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z', 'Undo, redo'],
  ['Space', 'Collapse or expand'],
  ['Ctrl/Cmd+F', 'Find in the tree'],
  ['Shift+1', 'Fit the whole tree in view'],
  ['Esc', 'Clear the selection'],
  ['Alt+P', 'Present the tree (read-only, in steps); Esc leaves'],
  ['→ / PageDown / Space, ← / PageUp', 'While presenting: next step, previous step'],
  ['Alt+B', "Focus the selected node's branch (again: the whole tree)"],
  ['Alt+L', 'Show only the first 1, 2, 3, 4 levels, then all again'],
  ['Alt+A', 'Show everything: all levels, every branch expanded, nothing dimmed'],
  ['Alt+T', 'Next layout: top-down, compact, left to right'],
  ['Alt+I', 'Hide or show the side panel'],
  ['Alt+= / Alt+-', 'Bigger or smaller title text'],
  ...VOTE_KEY_HELP,
];
