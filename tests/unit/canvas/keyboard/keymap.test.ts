import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyInput } from '../../../../src/canvas/keyboard/keymap';

const press = (key: string, code: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({ key, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers });

describe('workshop keys in the canvas keymap', () => {
  it('maps Alt+B, Alt+L, Alt+A and Alt+T to the view commands', () => {
    expect(commandForKey(press('b', 'KeyB', { altKey: true }))).toEqual({ type: 'view', command: 'focus-branch' });
    expect(commandForKey(press('l', 'KeyL', { altKey: true }))).toEqual({ type: 'view', command: 'cycle-levels' });
    expect(commandForKey(press('a', 'KeyA', { altKey: true }))).toEqual({ type: 'view', command: 'show-all' });
    // On a Mac, Option+T types "†": the physical key decides.
    expect(commandForKey(press('†', 'KeyT', { altKey: true }))).toEqual({ type: 'view', command: 'next-layout' });
  });

  it('never turns a bare letter into a view command: typing on a node edits its title', () => {
    for (const [key, code] of [['b', 'KeyB'], ['l', 'KeyL'], ['a', 'KeyA'], ['t', 'KeyT'], ['B', 'KeyB']] as const) {
      expect(commandForKey(press(key, code, { shiftKey: key === 'B' }))).toEqual({ type: 'edit', initialText: key });
    }
  });

  it('leaves Ctrl+Alt combinations (AltGr on many keyboards types characters) alone', () => {
    expect(commandForKey(press('b', 'KeyB', { altKey: true, ctrlKey: true }))).toBeNull();
  });
});
