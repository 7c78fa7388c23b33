import type { Plugin } from 'vite';

/**
 * The production page's Content-Security-Policy: scripts, styles, fonts and data only from the
 * page's own origin; no inline script, no eval (zod runs jitless, see schema.ts), no plugins
 * (object-src 'none'), no <base> (base-uri 'none'), no form posts. Styles allow inline because
 * React and the graph library set style attributes and PNG export inlines computed styles;
 * images allow data: and blob: for the exported pictures.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to index.html in the production build only (the dev server injects inline scripts). */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'ost-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
