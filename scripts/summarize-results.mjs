// Adds up the Vitest and Playwright JSON reports into the one line CI reads: "N passed, N failed".
// A suite whose report is missing (it crashed or never ran) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(report) {
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0);
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(report) {
  const stats = report.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
  if ((report.errors ?? []).length > 0 && (stats.expected ?? 0) + (stats.unexpected ?? 0) === 0) failed += 1;
}

const [vitestPath, playwrightPath] = process.argv.slice(2);
const vitest = readJson(vitestPath);
const playwright = readJson(playwrightPath);
if (vitest) countVitest(vitest);
else {
  console.error(`No Vitest report at ${vitestPath}.`);
  failed += 1;
}
if (playwright) countPlaywright(playwright);
else {
  console.error(`No Playwright report at ${playwrightPath}.`);
  failed += 1;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
