// Renders the app icons (public/icons/*.svg) to the PNG sizes the web app manifest lists, in the
// local Chromium, so the icons are drawn from our own glyph and nothing is downloaded.
// Run: node scripts/render-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './chromium-path.mjs';

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [source, size, target] of [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['maskable.svg', 512, 'maskable-512.png'],
  ['icon.svg', 180, 'apple-touch-icon.png'],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const svg = readFileSync(new URL(`../public/icons/${source}`, import.meta.url), 'utf8');
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: new URL(`../public/icons/${target}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
