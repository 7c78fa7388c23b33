import { KIND_LABEL } from '../../domain/kinds';
import type { OstNode, TreeDoc } from '../../domain/types';

/** How deep a node sits: 1 for the root outcome. */
function levelOf(doc: TreeDoc, node: OstNode): number {
  let level = 1;
  const seen = new Set<string>();
  for (let parent = node.parentId; parent && !seen.has(parent); parent = doc.nodes[parent]?.parentId ?? null) {
    seen.add(parent);
    level += 1;
  }
  return level;
}

/**
 * What a screen reader hears when the selection moves on the canvas: kind, title, level and the
 * number of findings, e.g. "Opportunity: Learners forget to practise. Level 2. 1 finding."
 * The title is wrapped in Unicode isolates so a right-to-left title cannot reorder the sentence.
 */
export function selectionSentence(doc: TreeDoc, id: string, findingCount: number): string {
  const node = doc.nodes[id];
  if (!node) return '';
  const title = node.title.trim() ? `\u2068${node.title.trim()}\u2069` : `untitled ${node.kind}`;
  const collapsed = node.collapsed ? ' Collapsed.' : '';
  const findings = findingCount === 0 ? 'No findings' : `${findingCount} finding${findingCount === 1 ? '' : 's'}`;
  return `${KIND_LABEL[node.kind]}: ${title}. Level ${levelOf(doc, node)}.${collapsed} ${findings}.`;
}
