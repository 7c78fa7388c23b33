import type { Evidence, OstNode, TreeDoc } from '../types';

/** The evidence items a node links, skipping links to items that no longer exist. */
export function linkedEvidence(doc: TreeDoc, node: OstNode): Evidence[] {
  const items: Evidence[] = [];
  for (const id of node.evidenceIds ?? []) {
    const item = doc.evidence[id];
    if (item) items.push(item);
  }
  return items;
}

/** True when the team heard or saw the problem itself: at least one linked first-hand item. */
export function hasFirstHandEvidence(doc: TreeDoc, node: OstNode): boolean {
  for (const id of node.evidenceIds ?? []) {
    if (doc.evidence[id]?.firstHand === true) return true;
  }
  return false;
}
