import { validate, type ValidatedFinding } from '../../domain/validate';
import { summarizeFindings, worstSeverity, type FindingCounts } from '../../domain/findings-summary';
import { measured } from '../../domain/perf-measure';
import type { Severity, TreeDoc } from '../../domain/types';

export interface NodeBadge {
  severity: Severity;
  count: number;
}

interface DocFindings {
  all: ValidatedFinding[];
  byNode: Map<string, ValidatedFinding[]>;
  badges: Map<string, NodeBadge>;
  counts: FindingCounts;
}

// One validation per document state: every node's badge selector reads the same result.
const cache = new WeakMap<TreeDoc, DocFindings>();

function compute(doc: TreeDoc): DocFindings {
  const cached = cache.get(doc);
  if (cached) return cached;
  const all = measured('ost-validate', () => validate(doc));
  const byNode = new Map<string, ValidatedFinding[]>();
  for (const finding of all) {
    if (!finding.nodeId) continue;
    const list = byNode.get(finding.nodeId);
    if (list) list.push(finding);
    else byNode.set(finding.nodeId, [finding]);
  }
  const badges = new Map<string, NodeBadge>();
  for (const [nodeId, findings] of byNode) {
    const severity = worstSeverity(findings);
    if (severity) badges.set(nodeId, { severity, count: findings.length });
  }
  const result = { all, byNode, badges, counts: summarizeFindings(all) };
  cache.set(doc, result);
  return result;
}

export function findingsOf(doc: TreeDoc): ValidatedFinding[] {
  return compute(doc).all;
}

/** How many errors, warnings and infos the document has (counted once per document state). */
export function findingCountsOf(doc: TreeDoc): FindingCounts {
  return compute(doc).counts;
}

const NO_FINDINGS: ValidatedFinding[] = [];

export function findingsForNode(doc: TreeDoc, nodeId: string): ValidatedFinding[] {
  return compute(doc).byNode.get(nodeId) ?? NO_FINDINGS;
}

/** The node's worst severity and finding count as one string, so selectors compare by value. */
export function badgeKeyForNode(doc: TreeDoc, nodeId: string): string {
  const badge = compute(doc).badges.get(nodeId);
  return badge ? `${badge.severity}:${badge.count}` : '';
}

/** Every node's badge (worst severity and count), e.g. for badges in an exported picture. */
export function badgesOf(doc: TreeDoc): ReadonlyMap<string, NodeBadge> {
  return compute(doc).badges;
}
