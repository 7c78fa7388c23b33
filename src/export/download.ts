/** Long enough for any browser to have started reading the file before its URL is released. */
const REVOKE_AFTER_MS = 30_000;

/** Saves `blob` as a file named `fileName` through the browser's download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Firefox follows only links that are in the document.
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Saves text as a UTF-8 file of type `mime` (e.g. "application/json"). */
export function downloadText(text: string, fileName: string, mime: string): void {
  const type = /charset=/i.test(mime) ? mime : `${mime};charset=utf-8`;
  downloadBlob(new Blob([text], { type }), fileName);
}
