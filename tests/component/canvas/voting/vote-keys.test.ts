import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../src/canvas/keyboard/keymap';
import { voteCommandForKey } from '../../../../src/canvas/voting/vote-keys';

const press = (code: string, key: string, modifiers: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  code,
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('voting keys', () => {
  it('start, place, take back, pass and reveal with Alt+V, Alt+., Alt+,, Alt+N and Alt+R', () => {
    expect(voteCommandForKey(press('KeyV', 'v', { altKey: true }))).toBe('start');
    expect(voteCommandForKey(press('Period', '.', { altKey: true }))).toBe('place-dot');
    expect(voteCommandForKey(press('Comma', ',', { altKey: true }))).toBe('take-back');
    expect(voteCommandForKey(press('KeyN', 'n', { altKey: true }))).toBe('next-voter');
    expect(voteCommandForKey(press('KeyR', 'r', { altKey: true }))).toBe('reveal');
  });

  it('match the physical key, so a Mac’s Alt symbols (√, ≥, ˜) still work', () => {
    expect(voteCommandForKey(press('KeyV', '√', { altKey: true }))).toBe('start');
    expect(voteCommandForKey(press('Period', '≥', { altKey: true }))).toBe('place-dot');
  });

  it('never fire without Alt, or with Ctrl/Cmd, so typing a title cannot vote', () => {
    for (const [code, key] of [['KeyV', 'v'], ['Period', '.'], ['Comma', ','], ['KeyN', 'n'], ['KeyR', 'r']] as const) {
      expect(voteCommandForKey(press(code, key))).toBeNull();
      expect(voteCommandForKey(press(code, key, { altKey: true, ctrlKey: true }))).toBeNull();
      expect(voteCommandForKey(press(code, key, { altKey: true, metaKey: true }))).toBeNull();
    }
  });

  it('are keys the canvas keymap leaves alone: none adds, moves, edits or types', () => {
    for (const [code, key] of [['KeyV', 'v'], ['Period', '.'], ['Comma', ','], ['KeyN', 'n'], ['KeyR', 'r']] as const) {
      expect(commandForKey(press(code, key, { altKey: true }))).toBeNull();
    }
  });

  it('leave the text size keys (Alt+= and Alt+-) alone', () => {
    expect(voteCommandForKey(press('Equal', '=', { altKey: true }))).toBeNull();
    expect(voteCommandForKey(press('Minus', '-', { altKey: true }))).toBeNull();
  });
});
