import { VitePWA } from 'vite-plugin-pwa';
import type { PluginOption } from 'vite';

/**
 * The installable app: a web app manifest and a service worker that precaches every file of the
 * production build (all lazy chunks included), so the app opens with no network after one visit.
 * `registerType: 'prompt'`: a new version waits until the user reloads (src/app/UpdatePrompt.tsx),
 * never over unsaved work. The worker is registered from our own module (src/app/service-worker.ts),
 * not an inline script, so the Content-Security-Policy stays `script-src 'self'`. Off in the dev
 * server, where a cached app would hide the code being edited.
 */
export function progressiveWebApp(): PluginOption {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['icons/*.svg', 'icons/*.png'],
    manifest: {
      name: 'OST Editor — Opportunity Solution Trees',
      short_name: 'OST Editor',
      description: 'Opportunity Solution Tree editor — local-first, keyboard-fast, evidence-honest.',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: '#5b21b6',
      background_color: '#f8fafc',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff,woff2}'],
      // The editor's chunks are large (the graph library); precache them all, whatever their size.
      maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
    devOptions: { enabled: false },
  });
}
