/**
 * The URL to link to when `text` is an absolute http(s) URL, else null. Evidence URLs are typed or
 * imported by anyone, so only web links become clickable: `javascript:`, `data:`, `vbscript:` and
 * relative references stay plain text. The WHATWG parser normalises case and strips the control
 * characters and tabs that browsers ignore, so "JaVa\tScRiPt:" is judged as what a browser would run.
 */
export function safeHttpUrl(text: string): string | null {
  const candidate = text.trim();
  if (candidate === '') return null;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url.href;
}
