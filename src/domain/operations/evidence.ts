import { newId } from '../ids';
import type { Evidence, TreeDoc } from '../types';
import { OperationRefused } from './refused';

export function addEvidence(doc: TreeDoc, fields: Omit<Evidence, 'id'> & { id?: string }): string {
  const id = fields.id ?? newId();
  if (doc.evidence[id]) throw new OperationRefused(`Evidence with id "${id}" already exists.`);
  doc.evidence[id] = { ...fields, id };
  return id;
}

export function updateEvidence(doc: TreeDoc, id: string, fields: Partial<Omit<Evidence, 'id'>>): void {
  const item = doc.evidence[id];
  if (!item) throw new OperationRefused('That evidence item no longer exists.');
  const target = item as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) {
      if (key in target) delete target[key];
    } else if (target[key] !== value) {
      target[key] = value;
    }
  }
}

/** Ids of the nodes that link an evidence item. */
export function evidenceUsage(doc: TreeDoc, evidenceId: string): string[] {
  return Object.values(doc.nodes)
    .filter((node) => node.evidenceIds?.includes(evidenceId))
    .map((node) => node.id);
}

/** Deletes an evidence item and every link to it. */
export function deleteEvidence(doc: TreeDoc, id: string): void {
  if (!doc.evidence[id]) throw new OperationRefused('That evidence item no longer exists.');
  for (const nodeId of evidenceUsage(doc, id)) unlinkEvidence(doc, nodeId, id);
  delete doc.evidence[id];
}

export function linkEvidence(doc: TreeDoc, nodeId: string, evidenceId: string): void {
  const node = doc.nodes[nodeId];
  if (!node) throw new OperationRefused('The node no longer exists.');
  if (!doc.evidence[evidenceId]) throw new OperationRefused('That evidence item no longer exists.');
  if (node.kind !== 'opportunity' && node.kind !== 'solution') {
    throw new OperationRefused('Evidence links to opportunities and solutions.');
  }
  if (!node.evidenceIds) node.evidenceIds = [evidenceId];
  else if (!node.evidenceIds.includes(evidenceId)) node.evidenceIds.push(evidenceId);
}

export function unlinkEvidence(doc: TreeDoc, nodeId: string, evidenceId: string): void {
  const node = doc.nodes[nodeId];
  if (!node?.evidenceIds) return;
  const position = node.evidenceIds.indexOf(evidenceId);
  if (position < 0) return;
  node.evidenceIds.splice(position, 1);
  if (node.evidenceIds.length === 0) delete node.evidenceIds;
}
