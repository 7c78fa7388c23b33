// `node bench/readability.mjs` (after `npm run build`): only the readability probe of the bench
// (see measure-readability.mjs), on the example tree and generated trees of 40 and 200 nodes.
// Prints a table; leaves bench/results.json alone unless --write is given.

import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium-path.mjs';
import { generateTree } from './generate-tree.mjs';
import { formatReadabilityTable, measureReadability } from './measure-readability.mjs';
import { startStaticServer } from './static-server.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const appDist = join(benchDir, '..', 'dist');
const treesDir = join(benchDir, '.trees');
const SEED = 20_260_105;
export const READABILITY_SIZES = [40, 200];
const log = (message) => process.stderr.write(`${message}\n`);
/** Nodes in the example tree (src/domain/example-tree.ts; the e2e helpers' EXAMPLE_NODE_COUNT). */
export const EXAMPLE_NODES = 19;

/** Runs the probe against a build served from `origin`; returns bench entries. */
export async function runReadability(browser, origin) {
  await mkdir(treesDir, { recursive: true });
  const entries = await measureReadability(browser, { origin, treeFile: null, nodeCount: EXAMPLE_NODES, steps: true, log });
  for (const nodeCount of READABILITY_SIZES) {
    const treeFile = join(treesDir, `readability-${nodeCount}.json`);
    await writeFile(treeFile, JSON.stringify(generateTree({ nodeCount, seed: SEED })));
    entries.push(...(await measureReadability(browser, { origin, treeFile, nodeCount, steps: false, log })));
  }
  return entries;
}

async function main() {
  const snapshot = await mkdtemp(join(tmpdir(), 'ost-readability-dist-'));
  await cp(appDist, snapshot, { recursive: true });
  const server = await startStaticServer([{ prefix: '/', dir: snapshot }]);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
  try {
    const entries = await runReadability(browser, server.origin);
    console.log(formatReadabilityTable(entries));
    if (process.argv.includes('--write')) {
      const file = join(benchDir, 'results.json');
      const kept = JSON.parse(await readFile(file, 'utf8')).filter((entry) => !String(entry.name).startsWith('readability'));
      await writeFile(file, `${JSON.stringify([...kept, ...entries], null, 2)}\n`);
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
    await rm(snapshot, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
