import { newId } from '../ids';
import { withMetricAsKeyResult } from '../key-results/legacy-metric';

/**
 * Format version 1 → 2: an outcome's `metric` becomes one key result (same name, baseline, target,
 * unit and deadline; a fresh id; no check-ins). Nothing else changed shape. Works on one tree's
 * raw JSON; a tree that is not an object or whose nodes are not a list is passed on for the
 * schema to report. Throws, naming the node, on a metric that is not an object.
 */
export function migrateV1ToV2(tree: unknown, makeId: () => string = newId): unknown {
  if (!isRecord(tree) || !Array.isArray(tree.nodes)) return tree;
  const nodes = tree.nodes.map((node: unknown, index: number) => {
    if (!isRecord(node)) return node;
    try {
      return withMetricAsKeyResult(node, makeId);
    } catch (error) {
      throw new Error(`nodes[${index}].metric: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { ...tree, nodes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
