export type ClipboardOutcome = 'copied' | 'unsupported' | 'denied';

/**
 * Puts a PNG on the system clipboard. Pass the PNG as a promise when it is still being drawn: the
 * clipboard item is then created at once, inside the user's click, which Safari requires.
 * Resolves 'unsupported' where the browser cannot copy images and 'denied' where the user or the
 * page's permissions refused; a PNG that failed to draw rejects with its own error.
 */
export async function copyPngToClipboard(png: Blob | Promise<Blob>): Promise<ClipboardOutcome> {
  const pending = Promise.resolve(png);
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  const Item = typeof ClipboardItem === 'undefined' ? undefined : ClipboardItem;
  if (!clipboard || typeof clipboard.write !== 'function' || !Item || (typeof Item.supports === 'function' && !Item.supports('image/png'))) {
    // Nobody will read the picture: keep a failed drawing from surfacing as an unhandled rejection.
    pending.catch(() => undefined);
    return 'unsupported';
  }
  try {
    await clipboard.write([new Item({ 'image/png': pending })]);
    return 'copied';
  } catch (error) {
    // A drawing that failed is the real problem, not the clipboard.
    await pending;
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unsupported';
  }
}
