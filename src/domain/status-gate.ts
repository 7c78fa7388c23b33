import { hasFirstHandEvidence } from './rules/evidence-links';
import { capitalize, namedAs, nodeName } from './rules/node-name';
import type { NodeStatus, TreeDoc } from './types';

/** Statuses that commit effort to a solution, and so need an evidenced problem first. */
const COMMITTED_STATUSES: ReadonlySet<string> = new Set<NodeStatus>(['building', 'shipped']);

/**
 * Why a node may not move to `status`, or null if it may. A solution whose opportunity has no
 * first-hand evidence (the solution-needs-evidenced-problem rule) cannot be built or shipped.
 * Setting the status a node already has is not a move, so it is never refused.
 */
export function statusRefusal(doc: TreeDoc, nodeId: string, status: NodeStatus): string | null {
  const node = doc.nodes[nodeId];
  if (node?.kind !== 'solution' || !COMMITTED_STATUSES.has(status) || node.status === status) return null;
  const opportunity = node.parentId === null ? undefined : doc.nodes[node.parentId];
  if (opportunity?.kind !== 'opportunity' || hasFirstHandEvidence(doc, opportunity)) return null;
  const move = status === 'building' ? 'be built' : 'ship';
  return `${capitalize(nodeName(node))} can't ${move} yet: nobody has heard or seen its problem first-hand. Link first-hand evidence (an interview, observation or usability test) to its ${namedAs(opportunity)} first.`;
}
