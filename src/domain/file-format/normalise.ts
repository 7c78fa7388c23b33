import type { Evidence, Tree } from '../types';
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
  const nodes = tree.nodes.map((node) => {
    if (!node.evidenceIds || new Set(node.evidenceIds).size === node.evidenceIds.length) return node;
    return { ...node, evidenceIds: [...new Set(node.evidenceIds)] };
  });
  return { tree: { ...tree, nodes, evidence }, warnings };
}

export function isWebLink(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'http:' || protocol === 'https:';
}
