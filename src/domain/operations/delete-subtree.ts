import type { TreeDoc } from '../types';
import { pruneVoteRounds } from '../voting/vote-operations';
import { OperationRefused } from './refused';
import { siblingsOf } from './ranks';

/**
 * Deletes a node and everything under it. Returns the id best selected next (a sibling, else the
 * parent). The root outcome stays: a tree without its outcome has lost its point. Voting rounds
 * lose the deleted nodes' dots (see pruneVoteRounds).
 */
export function deleteSubtree(doc: TreeDoc, id: string): string | null {
  const node = doc.nodes[id];
  if (!node) throw new OperationRefused('The node no longer exists.');
  if (node.parentId === null) throw new OperationRefused('The outcome is the root of the tree and cannot be deleted.');
  const siblings = siblingsOf(doc, node.parentId);
  const position = siblings.findIndex((sibling) => sibling.id === id);
  const next = siblings[position + 1] ?? siblings[position - 1] ?? null;

  const doomed = new Set<string>([id]);
  // Grow the set until stable; a single pass over the nodes per level keeps it linear in practice.
  let grew = true;
  while (grew) {
    grew = false;
    for (const candidate of Object.values(doc.nodes)) {
      if (candidate.parentId !== null && doomed.has(candidate.parentId) && !doomed.has(candidate.id)) {
        doomed.add(candidate.id);
        grew = true;
      }
    }
  }
  for (const doomedId of doomed) delete doc.nodes[doomedId];
  pruneVoteRounds(doc, doomed);
  return next ? next.id : node.parentId;
}
