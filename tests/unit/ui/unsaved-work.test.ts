import { describe, expect, it } from 'vitest';
import { decideReload } from '../../../src/ui/unsaved-work';

describe('decideReload: may the page reload for a new version now?', () => {
  it('reloads when no tree is open', () => {
    expect(decideReload([])).toBe('reload');
  });

  it('reloads when the open tree has stored everything', () => {
    expect(decideReload([{ unsaved: false, state: 'saved' }])).toBe('reload');
  });

  it('waits for a save when changes are unsaved, pending or being written', () => {
    expect(decideReload([{ unsaved: true, state: 'saved' }])).toBe('wait-for-save');
    expect(decideReload([{ unsaved: true, state: 'pending' }])).toBe('wait-for-save');
    expect(decideReload([{ unsaved: false, state: 'saving' }])).toBe('wait-for-save');
  });

  it('is blocked while writes fail (a full disk), even if another tree is saved', () => {
    expect(decideReload([{ unsaved: false, state: 'saved' }, { unsaved: true, state: 'error' }])).toBe('blocked');
  });
});
