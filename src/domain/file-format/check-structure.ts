import { KIND_LABEL, STATUSES } from '../kinds';
import { article } from '../operations/add-node';
import type { Tree } from '../types';
import { checkOutcomeFields } from './check-outcome-fields';
import { checkVoteRounds } from './check-vote-rounds';
import { quote } from './problem-path';

/**
 * Checks that a schema-valid tree is one tree: unique ids, known parents, exactly one root and it
 * an outcome, no cycles, links only to evidence in the file, statuses that belong to their node's
 * kind, key results (unique ids) only on outcomes, and voting rounds that fit the nodes
 * (check-vote-rounds.ts). Returns every problem as
 * `path: what is wrong`, in file order; empty means sound.
 *
 * A node under a kind it may not hang under (a solution under the outcome) is *not* a problem
 * here: the tree is still a tree, and the validator reports it as a finding the team can fix.
 *
 * `at` is the path of the tree in the file: `tree`, or `trees[2]` in a backup.
 */
export function checkStructure(tree: Tree, at: string): string[] {
  const problems: string[] = [];
  const nodeIndexById = new Map<string, number>();
  let idsAreUnique = true;
  tree.nodes.forEach((node, index) => {
    const first = nodeIndexById.get(node.id);
    if (first === undefined) nodeIndexById.set(node.id, index);
    else {
      idsAreUnique = false;
      problems.push(`${at}.nodes[${index}].id: ${quote(node.id)} is already the id of ${at}.nodes[${first}]`);
    }
  });

  const evidenceIndexById = new Map<string, number>();
  tree.evidence.forEach((item, index) => {
    const first = evidenceIndexById.get(item.id);
    if (first === undefined) evidenceIndexById.set(item.id, index);
    else problems.push(`${at}.evidence[${index}].id: ${quote(item.id)} is already the id of ${at}.evidence[${first}]`);
  });

  let parentsAreKnown = true;
  let rootIndex: number | undefined;
  tree.nodes.forEach((node, index) => {
    const path = `${at}.nodes[${index}]`;
    if (node.status !== undefined && !STATUSES[node.kind].includes(node.status)) {
      problems.push(
        `${path}.status: ${quote(node.status)} is not a status of ${article(node.kind)} ${node.kind} ` +
          `(${STATUSES[node.kind].join(', ')})`,
      );
    }
    problems.push(...checkOutcomeFields(node, path));
    if (node.parentId === null) {
      if (rootIndex === undefined) {
        rootIndex = index;
        if (node.kind !== 'outcome') {
          problems.push(`${path}.kind: the root must be an outcome, not ${article(node.kind)} ${node.kind}`);
        }
      } else {
        problems.push(`${path}.parentId: a second root; a tree has one root outcome, at ${at}.nodes[${rootIndex}]`);
      }
    } else if (!nodeIndexById.has(node.parentId)) {
      parentsAreKnown = false;
      problems.push(`${path}.parentId: no node with id ${quote(node.parentId)}`);
    }
    node.evidenceIds?.forEach((evidenceId, linkIndex) => {
      if (!evidenceIndexById.has(evidenceId)) {
        problems.push(`${path}.evidenceIds[${linkIndex}]: no evidence with id ${quote(evidenceId)}`);
      }
    });
  });

  if (tree.nodes.length === 0) {
    problems.push(`${at}.nodes: the tree has no nodes; it needs one root ${KIND_LABEL.outcome.toLowerCase()}`);
  } else if (rootIndex === undefined) {
    problems.push(`${at}.nodes: no root outcome (a node whose parentId is null)`);
  }

  // Cycles are only well defined once every id is unique and every parent exists.
  if (idsAreUnique && parentsAreKnown) problems.push(...findCycles(tree, at, nodeIndexById));
  problems.push(...checkVoteRounds(tree, new Set(nodeIndexById.keys()), at));
  return problems;
}

/** Nodes that no root reaches sit on, or hang below, a loop of parents; names each loop once. */
function findCycles(tree: Tree, at: string, nodeIndexById: Map<string, number>): string[] {
  const childrenOf = new Map<string, string[]>();
  const reached = new Set<string>();
  const queue: string[] = [];
  for (const node of tree.nodes) {
    if (node.parentId === null) {
      reached.add(node.id);
      queue.push(node.id);
      continue;
    }
    const siblings = childrenOf.get(node.parentId);
    if (siblings) siblings.push(node.id);
    else childrenOf.set(node.parentId, [node.id]);
  }
  for (let head = 0; head < queue.length; head++) {
    for (const childId of childrenOf.get(queue[head] ?? '') ?? []) {
      if (!reached.has(childId)) {
        reached.add(childId);
        queue.push(childId);
      }
    }
  }
  if (reached.size === tree.nodes.length) return [];

  const parentOf = new Map(tree.nodes.map((node) => [node.id, node.parentId]));
  const settled = new Set<string>();
  const problems: string[] = [];
  for (const node of tree.nodes) {
    if (reached.has(node.id) || settled.has(node.id)) continue;
    // Climb until a node repeats: on this climb it closes a new loop; otherwise a known one.
    const climb: string[] = [];
    const onClimb = new Set<string>();
    let current: string | null | undefined = node.id;
    while (typeof current === 'string' && !onClimb.has(current) && !settled.has(current)) {
      climb.push(current);
      onClimb.add(current);
      current = parentOf.get(current);
    }
    if (typeof current === 'string' && onClimb.has(current)) {
      const loop = climb.slice(climb.indexOf(current));
      const firstInFile = loop.reduce((lowest, id) => Math.min(lowest, nodeIndexById.get(id) ?? lowest), tree.nodes.length);
      problems.push(`${at}.nodes[${firstInFile}].parentId: the parents form a cycle (${describeLoop(loop, tree, firstInFile)})`);
    }
    for (const id of climb) settled.add(id);
  }
  return problems;
}

/** `"a" → "b" → "a"`, starting at the node named in the path; long loops are shortened. */
function describeLoop(loop: string[], tree: Tree, firstInFile: number): string {
  const startId = tree.nodes[firstInFile]?.id;
  const start = startId === undefined ? 0 : Math.max(0, loop.indexOf(startId));
  // The climb runs child → parent; a reader follows parentId the same way.
  const ordered = [...loop.slice(start), ...loop.slice(0, start)];
  const shown = ordered.length > 5 ? [...ordered.slice(0, 4).map((id) => quote(id)), `… ${ordered.length - 4} more`] : ordered.map((id) => quote(id));
  return [...shown, quote(ordered[0] ?? '')].join(' → ');
}
