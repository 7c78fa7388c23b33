import { newId } from '../domain/ids';
import { withMetricAsKeyResult } from '../domain/key-results/legacy-metric';
import type { Evidence, OstNode, TreeDoc, TreeMeta } from '../domain/types';
import type { EvidenceRow, NodeRow, TreeRow } from './db';

/** Finding counts shown in the tree library; computed by the validator at save time. */
export interface TreeSummary {
  errorCount: number;
  warningCount: number;
}

export function treeRowOf(doc: TreeDoc, summary: TreeSummary, updatedAt: string = doc.meta.updatedAt): TreeRow {
  return {
    ...doc.meta,
    updatedAt,
    nodeCount: Object.keys(doc.nodes).length,
    errorCount: summary.errorCount,
    warningCount: summary.warningCount,
  };
}

export function metaOf(row: TreeRow): TreeMeta {
  const { nodeCount: _nodeCount, errorCount: _errorCount, warningCount: _warningCount, deletedAt: _deletedAt, ...meta } = row;
  return meta;
}

export function nodeRowOf(treeId: string, node: OstNode): NodeRow {
  return { ...node, treeId };
}

/**
 * The node a stored row holds. A row that still carries a version 1 `metric` (written back from an
 * unsaved-changes journal of an older release, after the database upgrade ran) gets it as a key
 * result here, so no older shape ever reaches the editor.
 */
export function nodeOf(row: NodeRow): OstNode {
  const { treeId: _treeId, ...node } = row;
  return withMetricAsKeyResult(node, newId);
}

export function evidenceRowOf(treeId: string, item: Evidence): EvidenceRow {
  return { ...item, treeId };
}

export function evidenceOf(row: EvidenceRow): Evidence {
  const { treeId: _treeId, ...item } = row;
  return item;
}

export function docOf(treeRow: TreeRow, nodeRows: NodeRow[], evidenceRows: EvidenceRow[]): TreeDoc {
  const nodes: TreeDoc['nodes'] = {};
  for (const row of nodeRows) nodes[row.id] = nodeOf(row);
  const evidence: TreeDoc['evidence'] = {};
  for (const row of evidenceRows) evidence[row.id] = evidenceOf(row);
  return { meta: metaOf(treeRow), nodes, evidence };
}
