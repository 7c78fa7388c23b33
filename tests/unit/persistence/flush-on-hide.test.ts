import { describe, expect, it } from 'vitest';
import { installFlushOnHide } from '../../../src/persistence/flush-on-hide';

function fakePage() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState });
  let flushes = 0;
  const autosave = {
    flush: async () => {
      flushes += 1;
    },
  };
  return { win, doc, autosave, flushes: () => flushes };
}

describe('installFlushOnHide', () => {
  it('runs the synchronous step before each flush it starts', () => {
    const page = fakePage();
    const order: string[] = [];
    installFlushOnHide({ flush: async () => void order.push('flush') }, page.win, page.doc, () => order.push('journal'));
    page.win.dispatchEvent(new Event('pagehide'));
    expect(order).toEqual(['journal', 'flush']);
  });

  it('saves at once when the page is hidden or unloaded, not when it becomes visible', () => {
    const page = fakePage();
    installFlushOnHide(page.autosave, page.win, page.doc);

    page.doc.dispatchEvent(new Event('visibilitychange'));
    expect(page.flushes()).toBe(0);

    page.doc.visibilityState = 'hidden';
    page.doc.dispatchEvent(new Event('visibilitychange'));
    expect(page.flushes()).toBe(1);

    page.win.dispatchEvent(new Event('pagehide'));
    expect(page.flushes()).toBe(2);
  });

  it('stops listening once removed', () => {
    const page = fakePage();
    const remove = installFlushOnHide(page.autosave, page.win, page.doc);
    remove();
    page.doc.visibilityState = 'hidden';
    page.doc.dispatchEvent(new Event('visibilitychange'));
    page.win.dispatchEvent(new Event('pagehide'));
    expect(page.flushes()).toBe(0);
  });
});
