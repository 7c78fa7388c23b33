import type { KeyResult } from '../types';

// Format version 1 gave an outcome one `metric` (name, baseline, target, unit, deadline). Version 2
// proves an outcome with key results; a v1 metric becomes the first of them. The same conversion
// serves the file migration (raw JSON) and the database upgrade (stored rows), so both agree.

const METRIC_FIELDS = ['name', 'baseline', 'target', 'unit', 'deadline'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The key result a version 1 metric becomes: the same name, baseline, target, unit and deadline
 * under the id given, no direction (so "increase") and no check-ins. Fields the metric lacks stay
 * absent; field values are copied as they are (the caller's schema checks them afterwards).
 * Throws when `metric` is not an object, since there is nothing sensible to carry over.
 */
export function keyResultFromMetric(metric: unknown, id: string): KeyResult {
  if (!isRecord(metric)) throw new Error('the metric is not an object');
  const keyResult: Record<string, unknown> = { id };
  for (const field of METRIC_FIELDS) {
    if (metric[field] !== undefined) keyResult[field] = metric[field];
  }
  if (keyResult.name === undefined) keyResult.name = '';
  return keyResult as unknown as KeyResult;
}

/**
 * A node (file entry or stored row) with a version 1 `metric` moved into `keyResults`; a node
 * without one is returned as it is (the same object). Key results the node already has are kept,
 * after the converted metric. `makeId` gives the new key result its id.
 */
export function withMetricAsKeyResult<T extends object>(node: T, makeId: () => string): T {
  if (!('metric' in node)) return node;
  const { metric, ...rest } = node as T & { metric: unknown };
  if (metric === undefined || metric === null) return rest as T;
  const existing = (rest as { keyResults?: unknown }).keyResults;
  const keyResults = [keyResultFromMetric(metric, makeId()), ...(Array.isArray(existing) ? existing : [])];
  return { ...rest, keyResults } as T;
}
