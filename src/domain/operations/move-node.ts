import { canHaveParent, KIND_LABEL } from '../kinds';
import type { TreeDoc } from '../types';
import { article } from './add-node';
import { OperationRefused } from './refused';
import { rankAt, siblingsOf } from './ranks';

export interface MoveNodeArgs {
  id: string;
  newParentId: string;
  /** Position among the new siblings (not counting the moved node); default: last. */
  index?: number;
}

/** Checks a move without doing it: null if allowed, else the reason it is refused. */
export function moveRefusal(doc: TreeDoc, args: MoveNodeArgs): string | null {
  const node = doc.nodes[args.id];
  const parent = doc.nodes[args.newParentId];
  if (!node || !parent) return 'That node no longer exists.';
  if (node.parentId === null) return 'The outcome is the root of the tree and cannot be moved.';
  if (parent.id === node.id) return 'A node cannot be moved under itself.';
  let ancestor = parent.parentId === null ? undefined : doc.nodes[parent.parentId];
  while (ancestor) {
    if (ancestor.id === node.id) return 'A node cannot be moved into its own subtree.';
    ancestor = ancestor.parentId === null ? undefined : doc.nodes[ancestor.parentId];
  }
  if (!canHaveParent(node.kind, parent.kind)) {
    return `${KIND_LABEL[node.kind]} cannot go under ${article(parent.kind)} ${parent.kind}.`;
  }
  return null;
}

/** Moves a node with its subtree to a new parent and/or position among siblings. */
export function moveNode(doc: TreeDoc, args: MoveNodeArgs): void {
  const refusal = moveRefusal(doc, args);
  if (refusal) throw new OperationRefused(refusal);
  const node = doc.nodes[args.id]!;
  const siblings = siblingsOf(doc, args.newParentId, node.id);
  node.parentId = args.newParentId;
  node.rank = rankAt(siblings, args.index ?? siblings.length);
  const parent = doc.nodes[args.newParentId]!;
  if (parent.collapsed) parent.collapsed = false;
}

/** Moves a node one place up (-1) or down (+1) among its siblings; false at either end. */
export function shiftAmongSiblings(doc: TreeDoc, id: string, direction: -1 | 1): boolean {
  const node = doc.nodes[id];
  if (!node || node.parentId === null) return false;
  const siblings = siblingsOf(doc, node.parentId);
  const position = siblings.findIndex((sibling) => sibling.id === id);
  const target = position + direction;
  if (target < 0 || target >= siblings.length) return false;
  moveNode(doc, { id, newParentId: node.parentId, index: target });
  return true;
}
