import type { OstNode, TreeDoc } from '../types';
import { OperationRefused } from './refused';
import { assertStorableFields } from './storable-values';

/** Fields a user edits directly; structure (id, kind, parent, rank) changes through other operations. */
export type NodeFields = Partial<Omit<OstNode, 'id' | 'kind' | 'parentId' | 'rank'>>;

/**
 * Sets fields of a node; a field set to `undefined` is removed. Refuses (OperationRefused) a value
 * the file format could not carry: a non-finite number, or one past the limits in limits.ts.
 */
export function updateNode(doc: TreeDoc, id: string, fields: NodeFields): void {
  const node = doc.nodes[id];
  if (!node) throw new OperationRefused('The node no longer exists.');
  assertStorableFields(fields);
  const target = node as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (key in target) delete target[key];
    } else if (target[key] !== value) {
      target[key] = value;
    }
  }
}
