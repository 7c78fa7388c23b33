// Readability in a workshop: in present mode at 1280×720, the smallest title as drawn on screen
// (its CSS font size × the canvas zoom) with the whole tree in view, per layout, for the example
// tree and generated trees; and for every present-mode step of the example tree, the smallest
// title among the nodes in focus. Targets: example tree ≥ 12 px whole, 40 nodes ≥ 10 px, each
// step ≥ 20 px.

import { OURS } from './apps.mjs';
import { VIEWPORT } from './measure-app.mjs';
import { round } from './stats.mjs';

export const READABILITY_LAYOUTS = ['tidy', 'compact', 'left-right'];
export const READABILITY_TARGETS = { whole: { 19: 12, 40: 10 }, step: 20 };

/** Smallest drawn title (px) among the canvas nodes; only those in focus when `litOnly`. */
async function smallestTitle(page, litOnly) {
  return page.evaluate((onlyLit) => {
    const viewport = document.querySelector('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? NaN);
    let smallest = Infinity;
    let count = 0;
    for (const node of document.querySelectorAll('.react-flow__node')) {
      const kind = node.querySelector('[data-kind]');
      if (onlyLit && kind?.hasAttribute('data-dimmed')) continue;
      const title = node.querySelector('[data-node-title]');
      if (!title) continue;
      const rect = node.getBoundingClientRect();
      // Only what is on screen counts.
      if (rect.right < 0 || rect.bottom < 0 || rect.left > innerWidth || rect.top > innerHeight) continue;
      const line = title.querySelector('.compact-line') ?? title;
      smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(line).fontSize) * zoom);
      count += 1;
    }
    return { px: smallest, count, zoom };
  }, litOnly);
}

/** Waits until the canvas has stopped moving (fits animate). */
async function settle(page) {
  let previous = '';
  let still = 0;
  for (let i = 0; i < 60 && still < 3; i++) {
    await page.waitForTimeout(150);
    const now = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    still = now === previous ? still + 1 : 0;
    previous = now;
  }
}

async function openExample(page, origin) {
  await page.goto(`${origin}/#/`);
  await page.locator('[data-testid="tree-list"] [data-tree-id]').first().waitFor({ timeout: 30_000 });
  await page.locator('[data-testid="tree-list"] [data-tree-id]').filter({ hasText: 'Example' }).getByTestId('open-tree').click();
}

/**
 * Measures one tree (the example when `treeFile` is null) in every layout; with `steps`, also
 * every present-mode step in the tidy layout. Returns bench entries.
 */
export async function measureReadability(browser, { origin, treeFile, nodeCount, steps, log }) {
  const entries = [];
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  try {
    if (treeFile) await OURS.load(page, { origin, treeFile, nodeCount });
    else await openExample(page, origin);
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    for (const layout of READABILITY_LAYOUTS) {
      await page.getByTestId('layout').selectOption(layout);
      await page.getByTestId('present').click();
      await page.locator('html[data-presenting]').waitFor({ timeout: 10_000 });
      await settle(page);
      const whole = await smallestTitle(page, false);
      entries.push({ name: `readability:${layout}`, nodes: nodeCount, value: round(whole.px), unit: 'px', note: `present mode, whole tree in view at zoom ${round(whole.zoom)}, ${whole.count} titles` });
      if (steps && layout === 'tidy') {
        for (let index = 0; ; index++) {
          const step = page.getByTestId('present-step');
          const key = await step.getAttribute('data-step');
          if (index > 0) {
            const reading = await smallestTitle(page, true);
            // Ids differ from run to run: name a branch or experiments step by its position.
            const name = key?.includes(':') ? `${key.split(':')[0]}-${index + 1}` : key;
            entries.push({ name: `readability-step:${name}`, nodes: nodeCount, value: round(reading.px), unit: 'px', note: `${reading.count} nodes in focus at zoom ${round(reading.zoom)}` });
          }
          const label = await step.innerText();
          const [position, total] = /(\d+)\s*\/\s*(\d+)/.exec(label).slice(1).map(Number);
          if (position >= total) break;
          await page.keyboard.press('PageDown');
          await page.waitForFunction((previous) => document.querySelector('[data-testid="present-step"]')?.getAttribute('data-step') !== previous, key);
          await settle(page);
        }
      }
      await page.keyboard.press('Escape');
      await page.locator('html:not([data-presenting])').waitFor({ timeout: 10_000 });
    }
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0].slice(0, 160);
    log(`  [readability ${nodeCount}] ${message}`);
    entries.push({ name: 'readability', nodes: nodeCount, value: null, unit: 'px', note: `failure: ${message}` });
  } finally {
    await context.close().catch(() => undefined);
  }
  return entries;
}

/** The readability figures as a table, with their targets. */
export function formatReadabilityTable(entries) {
  const lines = ['metric                              nodes   drawn px   target   met', '----------------------------------  ------  ---------  -------  ---'];
  for (const entry of entries) {
    const target = entry.name.startsWith('readability-step:') ? READABILITY_TARGETS.step : READABILITY_TARGETS.whole[entry.nodes];
    const met = target === undefined || entry.value === null ? '—' : entry.value >= target ? 'yes' : 'NO';
    lines.push(`${entry.name.padEnd(34)}  ${String(entry.nodes).padEnd(6)}  ${String(entry.value ?? '—').padStart(9)}  ${target === undefined ? '       ' : `≥ ${target}`.padStart(7)}  ${met}`);
  }
  return lines.join('\n');
}
