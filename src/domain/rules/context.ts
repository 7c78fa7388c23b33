import { dayNumber, localToday } from '../key-results/calendar-date';
import { indexTree, walk, type TreeIndex } from '../tree-index';
import type { NodeKind, OstNode, TreeDoc } from '../types';

/** Everything rules look things up in, built once per validation so no rule scans the tree per node. */
export interface RuleContext {
  readonly doc: TreeDoc;
  readonly index: TreeIndex;
  /** Nodes reachable from the roots, depth-first in sibling order. */
  readonly ordered: readonly OstNode[];
  /** Nodes no walk from a root reaches, because their parent links loop. */
  readonly detached: readonly OstNode[];
  /** Nodes of each kind in tree order, detached ones last. */
  readonly byKind: Readonly<Record<NodeKind, readonly OstNode[]>>;
  /** Ids of evidence items that at least one node links. */
  readonly linkedEvidenceIds: ReadonlySet<string>;
  /** Today as a day number (see calendar-date.ts): rules about dates (check-ins due) count from it. */
  readonly today: number;
  /** The day the tree was started (its `createdAt`), or null when that is not a readable date. */
  readonly treeStartDay: number | null;
}

export interface RuleContextOptions {
  /** Today as YYYY-MM-DD; default the user's local date. Tests pin it so findings stay the same. */
  today?: string;
}

export function createRuleContext(doc: TreeDoc, options: RuleContextOptions = {}): RuleContext {
  const index = indexTree(doc.nodes);
  const ordered: OstNode[] = [];
  walk(index, index.roots, (node) => {
    ordered.push(node);
  });
  const detached = findDetached(doc, ordered, index.size);
  const byKind: Record<NodeKind, OstNode[]> = { outcome: [], opportunity: [], solution: [], experiment: [] };
  const linkedEvidenceIds = new Set<string>();
  for (const list of [ordered, detached]) {
    for (const node of list) {
      byKind[node.kind].push(node);
      if (node.evidenceIds) for (const id of node.evidenceIds) linkedEvidenceIds.add(id);
    }
  }
  const today = dayNumber(options.today ?? localToday()) ?? dayNumber(localToday()) ?? 0;
  const treeStartDay = dayNumber(doc.meta.createdAt.slice(0, 10));
  return { doc, index, ordered, detached, byKind, linkedEvidenceIds, today, treeStartDay };
}

function findDetached(doc: TreeDoc, ordered: readonly OstNode[], size: number): OstNode[] {
  // The common case: every node hangs from a root, so there is nothing to look for.
  if (size === ordered.length) return [];
  const all = Object.values(doc.nodes);
  const reached = new Set(ordered.map((node) => node.id));
  return all.filter((node) => !reached.has(node.id)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function parentOf(context: RuleContext, node: OstNode): OstNode | undefined {
  return node.parentId === null ? undefined : context.doc.nodes[node.parentId];
}
