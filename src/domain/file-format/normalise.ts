import type { Evidence, KeyResult, Tree } from '../types';
import { quote } from './problem-path';

export interface Normalised {
  tree: Tree;
  warnings: string[];
}

/**
 * Repairs what can be repaired without guessing, after the structure check passed:
 *
 * - An evidence `url` that is not an absolute http(s) link (`javascript:`, `data:`, a bare
 *   `example.com`) is removed with a warning. The evidence itself is kept — its summary and quote
 *   are the point — but a link the app renders must never run script or open an odd scheme.
 * - An evidence id linked twice from one node is kept once.
 * - A key result's check-ins out of date order are put in order, oldest first (the last one is the
 *   current value), with a warning; check-ins of one day keep their order in the file.
 *
 * Text such as `<script>` stays as typed: React renders it as text, never as markup.
 */
export function normaliseTree(tree: Tree, at: string): Normalised {
  const warnings: string[] = [];
  const evidence = tree.evidence.map((item, index): Evidence => {
    if (item.url === undefined || isWebLink(item.url)) return item;
    warnings.push(`${at}.evidence[${index}].url: removed the link ${quote(item.url)}; only http and https links are kept`);
    const { url: _removed, ...rest } = item;
    return rest;
  });
  const nodes = tree.nodes.map((node, index) => {
    let repaired = node;
    if (node.evidenceIds && new Set(node.evidenceIds).size !== node.evidenceIds.length) {
      repaired = { ...repaired, evidenceIds: [...new Set(node.evidenceIds)] };
    }
    if (node.keyResults?.some((keyResult) => !checkInsInOrder(keyResult))) {
      const keyResults = node.keyResults.map((keyResult, krIndex) => {
        if (checkInsInOrder(keyResult)) return keyResult;
        warnings.push(`${at}.nodes[${index}].keyResults[${krIndex}].checkIns: put in date order, oldest first`);
        // Array.prototype.sort is stable, so same-day check-ins keep their order.
        return { ...keyResult, checkIns: [...(keyResult.checkIns ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) };
      });
      repaired = { ...repaired, keyResults };
    }
    return repaired;
  });
  return { tree: { ...tree, nodes, evidence }, warnings };
}

export function isWebLink(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'http:' || protocol === 'https:';
}

function checkInsInOrder(keyResult: KeyResult): boolean {
  const checkIns = keyResult.checkIns ?? [];
  for (let i = 1; i < checkIns.length; i++) if (checkIns[i]!.date < checkIns[i - 1]!.date) return false;
  return true;
}
