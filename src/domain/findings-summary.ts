import type { Finding, Severity } from './types';

export interface FindingCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarizeFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
    else counts.infos++;
  }
  return counts;
}

/** Findings grouped by the node they are about, in their original order; evidence findings are left out. */
export function findingsByNode<F extends Finding>(findings: readonly F[]): Map<string, F[]> {
  const byNode = new Map<string, F[]>();
  for (const finding of findings) {
    if (finding.nodeId === undefined) continue;
    const list = byNode.get(finding.nodeId);
    if (list) list.push(finding);
    else byNode.set(finding.nodeId, [finding]);
  }
  return byNode;
}

const SEVERITY_WEIGHT: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** The most serious severity among the findings, or null when there are none. */
export function worstSeverity(findings: readonly Finding[]): Severity | null {
  let worst: Severity | null = null;
  for (const finding of findings) {
    if (worst === null || SEVERITY_WEIGHT[finding.severity] > SEVERITY_WEIGHT[worst]) worst = finding.severity;
    if (worst === 'error') break;
  }
  return worst;
}
