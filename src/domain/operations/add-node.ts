import { canHaveParent, DEFAULT_STATUS, KIND_LABEL } from '../kinds';
import { newId } from '../ids';
import type { NodeKind, OstNode, TreeDoc } from '../types';
import { OperationRefused } from './refused';
import { rankAt, siblingsOf } from './ranks';

export interface AddNodeArgs {
  parentId: string;
  kind: NodeKind;
  title?: string;
  /** Position among the new siblings; default: last. */
  index?: number;
  id?: string;
}

/** Adds a node under `parentId` and returns its id; refuses kinds the parent may not hold. */
export function addNode(doc: TreeDoc, args: AddNodeArgs): string {
  const parent = doc.nodes[args.parentId];
  if (!parent) throw new OperationRefused('The parent node no longer exists.');
  if (!canHaveParent(args.kind, parent.kind)) {
    throw new OperationRefused(`${KIND_LABEL[args.kind]} cannot go under ${article(parent.kind)} ${parent.kind}.`);
  }
  const id = args.id ?? newId();
  if (doc.nodes[id]) throw new OperationRefused(`A node with id "${id}" already exists.`);
  const siblings = siblingsOf(doc, parent.id);
  const node: OstNode = {
    id,
    kind: args.kind,
    parentId: parent.id,
    rank: rankAt(siblings, args.index ?? siblings.length),
    title: args.title ?? '',
    status: DEFAULT_STATUS[args.kind],
  };
  doc.nodes[id] = node;
  if (parent.collapsed) parent.collapsed = false;
  return id;
}

/** Adds a node of the same kind right after `siblingId`; the root outcome has no siblings. */
export function addSibling(doc: TreeDoc, siblingId: string, title?: string): string {
  const sibling = doc.nodes[siblingId];
  if (!sibling) throw new OperationRefused('The node no longer exists.');
  if (sibling.parentId === null) throw new OperationRefused('A tree has one outcome; add opportunities under it.');
  const siblings = siblingsOf(doc, sibling.parentId);
  const index = siblings.findIndex((node) => node.id === sibling.id) + 1;
  return addNode(doc, { parentId: sibling.parentId, kind: sibling.kind, title, index });
}

export function article(kind: NodeKind): string {
  return kind === 'outcome' || kind === 'opportunity' || kind === 'experiment' ? 'an' : 'a';
}
