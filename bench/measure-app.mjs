// One app, one tree size: open, type in the outcome's title (in view after opening), pan at
// reading zoom, pan with the whole tree in view. Every step has a time cap; a step that runs out
// records `null` with a note instead of hanging the run.

import {
  OPEN_EXPECTATION_KEY,
  canvasCounts,
  findPanePoint,
  installOpenProbe,
  measureDurations,
  startFrameRecorder,
  startKeystrokeProbe,
  stopFrameRecorder,
  stopKeystrokeProbe,
  visibleElementIds,
} from './page-probes.mjs';
import { median, percentile, round } from './stats.mjs';

export const VIEWPORT = { width: 1280, height: 720 };
// Enough keystrokes for a p95 that one slow frame does not decide alone.
const TYPED_TEXT = ' so that teams keep coming back week after week, and bring friends'; // 67 keystrokes
const PAN = { dx: -480, dy: -280, moves: 60, intervalMs: 16 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the canvas stops changing: nodes present, none waiting to be measured, and the
 * node/edge counts and viewport transform unchanged for `quietMs`.
 */
async function waitSettled(page, { quietMs = 700, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const remaining = Math.max(1_000, deadline - Date.now());
    const counts = await Promise.race([page.evaluate(canvasCounts), sleep(remaining).then(() => null)]);
    if (counts === null) break;
    const signature = JSON.stringify(counts);
    if (signature !== last || counts.nodes === 0 || counts.hidden > 0) {
      last = signature;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= quietMs) {
      return counts;
    }
    await sleep(150);
  }
  throw new Error(`the canvas did not settle within ${Math.round(timeoutMs / 1000)} s`);
}

/** Reloads the page and times the cold open from IndexedDB against the expectation learnt before. */
async function timedOpen(page, app, timeoutMs) {
  await page.reload({ timeout: timeoutMs });
  await waitSettled(page, { timeoutMs });
  const expectation = await page.evaluate(visibleElementIds);
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, JSON.stringify(value)), [OPEN_EXPECTATION_KEY, expectation]);
  await page.reload({ timeout: timeoutMs });
  const handle = await page.waitForFunction(() => window.__benchOpen?.doneAt ?? null, null, { timeout: timeoutMs, polling: 100 });
  const openMs = await handle.jsonValue();
  const layout = app.measures.layout ? await page.evaluate(measureDurations, app.measures.layout) : [];
  const validate = app.measures.validate ? await page.evaluate(measureDurations, app.measures.validate) : [];
  return { openMs, layoutMs: layout[0] ?? null, validateMs: validate[0] ?? null, expectedNodes: expectation.nodeIds.length, expectedEdges: expectation.edgeIds.length };
}

/** Drags the empty pane with the mouse (down, `moves` moves ~16 ms apart, up) while recording frames. */
async function timedPan(page, timeoutMs) {
  let scale = 1;
  let start = await page.evaluate(findPanePoint, PAN);
  if (!start) {
    scale = 0.5;
    start = await page.evaluate(findPanePoint, { dx: PAN.dx * scale, dy: PAN.dy * scale });
  }
  if (!start) throw new Error('no empty spot on the pane to start a drag');
  await page.mouse.move(start.x, start.y);
  await page.evaluate(startFrameRecorder);
  await page.mouse.down();
  const startedAt = Date.now();
  let moves = 0;
  for (let i = 1; i <= PAN.moves; i += 1) {
    if (Date.now() - startedAt > timeoutMs) break;
    await page.mouse.move(start.x + (PAN.dx * scale * i) / PAN.moves, start.y + (PAN.dy * scale * i) / PAN.moves);
    moves = i;
    const wait = startedAt + i * PAN.intervalMs - Date.now();
    if (wait > 0) await sleep(wait);
  }
  await page.mouse.up();
  const intervals = await page.evaluate(stopFrameRecorder);
  if (intervals.length < 5) throw new Error(`only ${intervals.length} frames during the drag`);
  const note = moves < PAN.moves ? `drag cut at ${moves}/${PAN.moves} moves by the ${timeoutMs / 1000} s cap; ${intervals.length} frames` : `${intervals.length} frames`;
  return { median: median(intervals), p95: percentile(intervals, 95), note };
}

/** Types one character at a time into the title being edited; returns keystroke-to-paint samples. */
async function timedTyping(page, app, context, { perKeyTimeoutMs, budgetMs, writeBudgetMs }) {
  const watched = await app.startEditing(page, context);
  await page.evaluate(startKeystrokeProbe, watched);
  if (app.measures.save) await page.evaluate((name) => performance.clearMeasures(name), app.measures.save);
  const startedAt = Date.now();
  let typed = 0;
  let cutShort = null;
  for (const character of TYPED_TEXT) {
    if (Date.now() - startedAt > budgetMs) {
      cutShort = `stopped after ${typed} keystrokes by the ${Math.round(budgetMs / 1000)} s cap`;
      break;
    }
    await page.keyboard.type(character);
    try {
      await page.waitForFunction((count) => window.__benchKeys.samples.length > count, typed, { timeout: perKeyTimeoutMs, polling: 20 });
    } catch {
      cutShort = `keystroke ${typed + 1} not painted within ${Math.round(perKeyTimeoutMs / 1000)} s`;
      break;
    }
    typed += 1;
    await sleep(80);
  }
  const samples = await page.evaluate(stopKeystrokeProbe);
  // Both apps save after a quiet ~300 ms; give the last write time to finish.
  let writesWhileTyping = [];
  if (app.measures.save) {
    await page
      .waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, app.measures.save, { timeout: 20_000, polling: 100 })
      .catch(() => undefined);
    await sleep(1_000);
    writesWhileTyping = await page.evaluate(measureDurations, app.measures.save);
  }
  const isolated = app.measures.save ? await isolatedWrites(page, app.measures.save, { budgetMs: writeBudgetMs }) : [];
  await app.stopEditing(page);
  return { samples, writesWhileTyping, isolated, cutShort };
}

/**
 * One edit's write, alone: types one character, waits for its save (both apps debounce ~300 ms)
 * and takes that save's duration, so no keystroke work runs on the main thread during the write.
 */
async function isolatedWrites(page, measureName, { budgetMs, edits = 3 }) {
  const startedAt = Date.now();
  const durations = [];
  for (let edit = 0; edit < edits && Date.now() - startedAt < budgetMs; edit += 1) {
    await page.evaluate((name) => performance.clearMeasures(name), measureName);
    await page.keyboard.type('!');
    const found = await page
      .waitForFunction((name) => performance.getEntriesByName(name, 'measure').length > 0, measureName, {
        timeout: Math.max(1_000, budgetMs - (Date.now() - startedAt)),
        polling: 50,
      })
      .then(() => true, () => false);
    if (!found) break;
    await sleep(600); // nothing else may still be queued for this edit
    const [first] = await page.evaluate(measureDurations, measureName);
    if (first !== undefined) durations.push(first);
  }
  return durations;
}

async function fitView(page, timeoutMs) {
  await page.locator('.react-flow__controls-fitview').click({ timeout: timeoutMs });
  await sleep(600); // the app animates fit view over 250 ms
  await waitSettled(page, { timeoutMs });
}

/**
 * Runs every measurement of one app on one tree. `budget.until` (epoch ms) is when the whole run
 * must stop; `caps` holds per-step time limits. Returns `{ metric: { value, unit, note? } }`.
 */
export async function measureApp(browser, app, { origin, treeFile, nodeCount, rootId, caps, until, log }) {
  const results = {};
  const put = (name, value, unit, note) => {
    results[name] = { value: value === null ? null : round(value, 1), unit, ...(note ? { note } : {}) };
  };
  const timeLeft = () => until - Date.now();
  const capped = (ms) => Math.max(5_000, Math.min(ms, timeLeft()));

  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(installOpenProbe, OPEN_EXPECTATION_KEY);
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`  [${app.key} ${nodeCount}] page error: ${error.message}`));

  async function step(names, run) {
    if (timeLeft() < 5_000) {
      for (const [name, unit] of names) put(name, null, unit, 'skipped: the bench ran out of its time budget');
      return false;
    }
    try {
      await run();
      return true;
    } catch (error) {
      const message = String(error?.message ?? error).split('\n')[0].slice(0, 160);
      log(`  [${app.key} ${nodeCount}] ${names.map(([name]) => name).join(', ')}: ${message}`);
      for (const [name, unit] of names) if (!(name in results)) put(name, null, unit, `timeout or failure: ${message}`);
      return false;
    }
  }

  try {
    const loaded = await step(
      [['open', 'ms'], ['layout', 'ms'], ['validate-open', 'ms']],
      async () => {
        await app.load(page, { origin, treeFile, nodeCount });
        await waitSettled(page, { timeoutMs: capped(caps.openMs) });
        const open = await timedOpen(page, app, capped(caps.openMs));
        put('open', open.openMs, 'ms', `${open.expectedNodes} nodes and ${open.expectedEdges} edges in view`);
        put('layout', open.layoutMs, 'ms', open.layoutMs === null ? 'no layout measure recorded' : undefined);
        // The first validation of a page runs before the JavaScript engine has warmed up.
        if (app.measures.validate) put('validate-open', open.validateMs, 'ms', open.validateMs === null ? 'no validate measure recorded' : 'first run on open (cold)');
        else put('validate-open', null, 'ms', 'the peer has no validator');
        await waitSettled(page, { timeoutMs: capped(caps.openMs) });
        await sleep(500); // let a save scheduled by the open finish before panning
      },
    );
    if (!loaded) {
      for (const [name, unit] of [['pan-median-100', 'ms'], ['pan-p95-100', 'ms'], ['keystroke-median', 'ms'], ['keystroke-p95', 'ms'], ['write-edit', 'ms'], ['pan-median-fit', 'ms'], ['pan-p95-fit', 'ms']]) {
        put(name, null, unit, 'not measured: the tree did not open');
      }
      return results;
    }

    await step([['keystroke-median', 'ms'], ['keystroke-p95', 'ms'], ['write-edit', 'ms'], ['validate', 'ms']], async () => {
      const typing = await timedTyping(page, app, { rootId }, { perKeyTimeoutMs: capped(caps.keystrokeMs), budgetMs: capped(caps.typingMs), writeBudgetMs: capped(caps.writeMs) });
      const note = `${typing.samples.length} keystrokes${typing.cutShort ? `; ${typing.cutShort}` : ''}`;
      const enough = typing.samples.length >= 3;
      put('keystroke-median', enough ? median(typing.samples) : null, 'ms', enough ? note : `timeout: ${note}`);
      put('keystroke-p95', enough ? percentile(typing.samples, 95) : null, 'ms', enough ? note : `timeout: ${note}`);
      if (typing.isolated.length > 0) {
        put('write-edit', median(typing.isolated), 'ms', `median of ${typing.isolated.length} single-edit writes`);
      } else if (typing.writesWhileTyping.length > 0) {
        put('write-edit', median(typing.writesWhileTyping), 'ms', `no single-edit write within the cap; median of ${typing.writesWhileTyping.length} writes made while typing`);
      } else {
        put('write-edit', null, 'ms', 'timeout: no write measured');
      }
      // The live validator: every keystroke re-validates the whole tree; skip the open's cold run.
      if (app.measures.validate) {
        const runs = (await page.evaluate(measureDurations, app.measures.validate)).slice(1);
        put('validate', runs.length > 0 ? median(runs) : null, 'ms', `median of ${runs.length} runs while typing`);
      } else {
        put('validate', null, 'ms', 'the peer has no validator');
      }
    });

    await step([['pan-median-100', 'ms'], ['pan-p95-100', 'ms']], async () => {
      const pan = await timedPan(page, capped(caps.panMs));
      put('pan-median-100', pan.median, 'ms', pan.note);
      put('pan-p95-100', pan.p95, 'ms', pan.note);
      await waitSettled(page, { timeoutMs: capped(caps.openMs) });
    });

    await step([['pan-median-fit', 'ms'], ['pan-p95-fit', 'ms']], async () => {
      await fitView(page, capped(caps.openMs));
      const zoom = await page.evaluate(() => /scale\(([\d.]+)\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '')?.[1] ?? '?');
      const pan = await timedPan(page, capped(caps.panMs));
      put('pan-median-fit', pan.median, 'ms', `${pan.note}; zoom ${zoom}`);
      put('pan-p95-fit', pan.p95, 'ms', `${pan.note}; zoom ${zoom}`);
    });
    return results;
  } finally {
    await context.close().catch(() => undefined);
  }
}
