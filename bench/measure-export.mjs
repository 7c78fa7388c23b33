// PNG export speed: the targets are 500 nodes under 1 s and 2,000 under 3 s (DOM-cloning
// export with html-to-image was measured here at ~2.2 s and ~14 s). Ours draws an SVG from the
// model and the layout and rasterises it on a canvas; this times a real click on "Picture (PNG)"
// until the download starts, plus the app's own `ost-export-png` measure.

import { OURS } from './apps.mjs';
import { VIEWPORT } from './measure-app.mjs';
import { round } from './stats.mjs';

export const EXPORT_SIZES = [500, 2000];
export const EXPORT_TARGETS = { 500: 1000, 2000: 3000 };

export async function measureExport(browser, { origin, treeFile, nodeCount, log }) {
  const context = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  try {
    await OURS.load(page, { origin, treeFile, nodeCount });
    await page.locator('.react-flow__node').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('export').click();
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-png').click()]);
    const clickToDownload = Date.now() - started;
    const rendered = await page.evaluate(() => performance.getEntriesByName('ost-export-png', 'measure').map((entry) => entry.duration));
    const bytes = await download.createReadStream().then(async (stream) => {
      const chunks = [];
      for await (const chunk of stream) chunks.push(chunk);
      return Buffer.concat(chunks);
    });
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    return {
      value: round(clickToDownload),
      note: `click to download; rendering ${round(rendered.at(-1) ?? NaN)} ms; ${width}×${height} px, ${Math.round(bytes.length / 1024)} kB`,
    };
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0].slice(0, 160);
    log(`  [export ${nodeCount}] ${message}`);
    return { value: null, note: `timeout or failure: ${message}` };
  } finally {
    await context.close().catch(() => undefined);
  }
}

export function formatExportTable(results) {
  const lines = ['metric      nodes   ours        target     met', '----------  ------  ----------  ---------  ---'];
  for (const [nodeCount, result] of results) {
    const target = EXPORT_TARGETS[nodeCount];
    const met = result.value === null ? '—' : result.value < target ? 'yes' : 'NO';
    lines.push(`export-png  ${nodeCount.toLocaleString('en').padEnd(6)}  ${String(result.value ?? '—').padStart(7)} ms  < ${target} ms  ${met}`);
  }
  return lines.join('\n');
}
