import { evidenceLabel } from '../../look/evidence-label';
import { keyResultsSummary } from '../../domain/key-results/format';
import { MAX_KEY_RESULT_ROWS } from '../../domain/node-metrics';
import type { OstNode, TreeDoc } from '../../domain/types';

export interface FooterPart {
  text: string;
  /** Drawn bold in the kind colour (the target flag), as on the canvas. */
  emphasis?: boolean;
}

export interface EvidenceCounts {
  linked: number;
  firstHand: number;
}

export function evidenceCounts(node: OstNode, doc: TreeDoc): EvidenceCounts {
  let linked = 0;
  let firstHand = 0;
  for (const id of node.evidenceIds ?? []) {
    const item = doc.evidence[id];
    if (!item) continue;
    linked += 1;
    if (item.firstHand) firstHand += 1;
  }
  return { linked, firstHand };
}

/**
 * The secondary facts the canvas shows under a node's title, in the canvas's order; `votes` is the
 * node's shown vote count (see shownVotes), drawn on any kind of node.
 */
export function footerParts(node: OstNode, evidence: EvidenceCounts, votes?: number): FooterPart[] {
  const parts: FooterPart[] = [];
  const evidenceText = evidenceLabel(evidence.linked, evidence.firstHand);
  switch (node.kind) {
    case 'outcome':
      // Key results are drawn as bars above the footer; it names only those left out.
      if (!node.keyResults?.length) parts.push({ text: keyResultsSummary(node.keyResults) });
      else if (node.keyResults.length > MAX_KEY_RESULT_ROWS) parts.push({ text: `+${node.keyResults.length - MAX_KEY_RESULT_ROWS} more key results` });
      if (node.status && node.status !== 'active') parts.push({ text: node.status });
      break;
    case 'opportunity':
      if (node.target) parts.push({ text: '★ Target', emphasis: true });
      parts.push({ text: evidenceText ?? 'No evidence' });
      if (node.status && node.status !== 'identified') parts.push({ text: node.status });
      break;
    case 'solution':
      parts.push({ text: node.status ?? 'idea' });
      if (evidenceText) parts.push({ text: evidenceText });
      break;
    case 'experiment':
      parts.push({ text: node.status ?? 'planned' });
      if (node.assumptionType) parts.push({ text: node.assumptionType });
      break;
  }
  if (votes) parts.push({ text: `● ${votes}`, emphasis: true });
  return parts;
}
