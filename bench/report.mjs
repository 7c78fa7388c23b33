// Turns the measurements into bench/results.json entries and a table on stdout, with the issue's
// targets next to the numbers.

import { round } from './stats.mjs';

export const METRICS = [
  'open',
  'layout',
  'validate-open',
  'validate',
  'pan-median-100',
  'pan-p95-100',
  'pan-median-fit',
  'pan-p95-fit',
  'keystroke-median',
  'keystroke-p95',
  'write-edit',
];

/** The targets for our app: metric → upper bound in ms, per tree size. */
export const TARGETS = {
  2000: { open: 1000, 'pan-p95-100': 20, 'pan-p95-fit': 20, 'keystroke-median': 30, 'keystroke-p95': 30, 'write-edit': 10 },
  10000: { layout: 150, open: 3000, validate: 20 },
};

const ratioOf = (ours, peer) => (ours === null || peer === null || ours <= 0 ? null : round(peer / ours, 2));

/**
 * `measured` is `{ ours: { 2000: { open: { value, unit, note? } } }, peer: { … } }`. Returns the
 * results.json array: our entries, then `peer:`-prefixed ones, then `ratio:` entries (peer / ours).
 */
export function toEntries(measured, sizes) {
  const ours = [];
  const peer = [];
  const ratios = [];
  for (const nodes of sizes) {
    for (const name of METRICS) {
      const mine = measured.ours?.[nodes]?.[name];
      const theirs = measured.peer?.[nodes]?.[name];
      if (mine) ours.push({ name, nodes, value: mine.value, unit: mine.unit, ...(mine.note ? { note: mine.note } : {}) });
      if (theirs) peer.push({ name: `peer:${name}`, nodes, value: theirs.value, unit: theirs.unit, ...(theirs.note ? { note: theirs.note } : {}) });
      if (mine && theirs) {
        const value = ratioOf(mine.value, theirs.value);
        ratios.push({ name: `ratio:${name}`, nodes, value, unit: 'x', ...(value === null ? { note: 'one side has no value' } : {}) });
      }
    }
  }
  return [...ours, ...peer, ...ratios];
}

function cell(value, unit = '') {
  if (value === null || value === undefined) return '—';
  return `${value}${unit}`;
}

function pad(text, width, right = false) {
  const value = String(text);
  return right ? value.padStart(width) : value.padEnd(width);
}

/** The table: metric, nodes, ours, peer, peer/ours, target, met. */
export function formatTable(measured, sizes) {
  const header = ['metric', 'nodes', 'ours', 'peer', 'peer/ours', 'target (ours)', 'met'];
  const rows = [];
  for (const nodes of sizes) {
    for (const name of METRICS) {
      const mine = measured.ours?.[nodes]?.[name];
      const theirs = measured.peer?.[nodes]?.[name];
      if (!mine && !theirs) continue;
      const target = TARGETS[nodes]?.[name];
      const ours = mine?.value ?? null;
      const met = target === undefined ? '' : ours === null ? 'no value' : ours < target ? 'yes' : 'NO';
      rows.push([
        name,
        nodes.toLocaleString('en'),
        cell(ours, ' ms'),
        cell(theirs?.value ?? null, ' ms'),
        cell(ratioOf(ours, theirs?.value ?? null), 'x'),
        target === undefined ? '' : `< ${target} ms`,
        met,
      ]);
    }
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (row) => row.map((value, column) => pad(value, widths[column], column >= 2 && column <= 4)).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** Notes worth reading next to the table: timeouts, cut-short runs, skipped steps. */
export function formatNotes(measured, sizes) {
  const lines = [];
  for (const app of ['ours', 'peer']) {
    for (const nodes of sizes) {
      for (const name of METRICS) {
        const entry = measured[app]?.[nodes]?.[name];
        if (entry?.note && (entry.value === null || /cap|timeout|cut|stopped|skipped/.test(entry.note))) {
          lines.push(`${app} ${name} @ ${nodes}: ${entry.note}`);
        }
      }
    }
  }
  return lines.join('\n');
}
