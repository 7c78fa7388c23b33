import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadText } from '../../../src/export/download';

describe('downloadBlob', () => {
  let created: Blob[];
  let revoked: string[];
  let clicks: Array<{ href: string; download: string; inDocument: boolean }>;

  beforeEach(() => {
    vi.useFakeTimers();
    created = [];
    revoked = [];
    clicks = [];
    // jsdom has no object URLs and does not navigate on click.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return `blob:test/${created.length}`;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
    };
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
    });
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('saves the blob under the file name through a download link, then tidies up', () => {
    const blob = new Blob(['<svg/>'], { type: 'image/svg+xml' });
    downloadBlob(blob, 'Checkout.svg');
    expect(created).toEqual([blob]);
    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'Checkout.svg', inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual(['blob:test/1']);
  });

  it('saves text as UTF-8 of the given type', async () => {
    downloadText('{"title":"Café"}', 'tree.ost.json', 'application/json');
    expect(clicks.map((click) => click.download)).toEqual(['tree.ost.json']);
    const [blob] = created;
    expect(blob?.type).toBe('application/json;charset=utf-8');
    expect(await blob?.text()).toBe('{"title":"Café"}');
  });

  it('keeps a charset the caller already named', () => {
    downloadText('# Tree', 'tree.md', 'text/markdown;charset=utf-8');
    expect(created[0]?.type).toBe('text/markdown;charset=utf-8');
  });
});
