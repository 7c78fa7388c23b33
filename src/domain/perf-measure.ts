/**
 * Times a piece of work as a User Timing measure (`performance.measure(name)`), so benchmarks and
 * the browser's performance panel see the real code path's cost without test hooks.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    record(name, start);
  }
}

export async function measuredAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    record(name, start);
  }
}

// Measures pile up in the browser's timeline; clear a name's entries now and then on long sessions.
const KEEP_AT_MOST = 500;
const recorded = new Map<string, number>();

function record(name: string, start: number): void {
  try {
    const count = (recorded.get(name) ?? 0) + 1;
    recorded.set(name, count % KEEP_AT_MOST);
    if (count >= KEEP_AT_MOST) performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Older runtimes without the options form of measure(): timing is optional.
  }
}
