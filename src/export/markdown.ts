import { isWebLink } from '../domain/file-format/normalise';
import { EVIDENCE_KIND_LABEL, KIND_LABEL } from '../domain/kinds';
import { childrenOf, indexTree, walk, type TreeIndex } from '../domain/tree-index';
import { formatMeasure, formatRange } from '../domain/key-results/format';
import { currentCheckIn, keyResultProgress, roundedProgress } from '../domain/key-results/progress';
import type { Evidence, KeyResult, OstNode, TreeDoc } from '../domain/types';
import { shownVotes } from '../domain/voting/vote-rounds';

export interface MarkdownOptions {
  /** Leave out what collapsed nodes hide, noting how many nodes that is. */
  asShown?: boolean;
}

/**
 * The tree as a Markdown outline for a document or a hand-over: one nested list item per node
 * (kind, title, status, target flag, evidence count, votes), the outcome's objective, business
 * goal and key results with their progress, and each
 * experiment's assumption, success criterion and result below their node, then the evidence.
 * User text is escaped, so no title can break the list or turn into a link or markup.
 */
export function treeToMarkdown(doc: TreeDoc, options: MarkdownOptions = {}): string {
  const index = indexTree(doc.nodes);
  const lines = [`# ${escapeMarkdown(doc.meta.title) || 'Untitled tree'}`, ''];
  walk(index, index.roots, (node, depth) => {
    const hidden = options.asShown && node.collapsed ? countDescendants(index, node) : 0;
    lines.push(`${indent(depth)}- ${nodeLine(node, doc, hidden)}`);
    for (const detail of nodeDetails(node)) lines.push(`${indent(depth + 1)}- ${detail}`);
    return hidden === 0;
  });
  const evidence = Object.values(doc.evidence);
  if (evidence.length > 0) {
    lines.push('', '## Evidence', '');
    for (const item of evidence) lines.push(`- ${evidenceLine(item)}`);
  }
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: OstNode, doc: TreeDoc, hidden: number): string {
  const label = `**${KIND_LABEL[node.kind]}${node.kind === 'opportunity' && node.target ? ' (target)' : ''}:**`;
  const parts = [`${label} ${escapeMarkdown(node.title) || '_(untitled)_'}`];
  if (node.status) parts.push(node.status);
  const linked = (node.evidenceIds ?? []).flatMap((id) => doc.evidence[id] ?? []);
  if (linked.length > 0) {
    const firstHand = linked.filter((item) => item.firstHand).length;
    parts.push(`evidence: ${linked.length} (${firstHand} first-hand)`);
  }
  const votes = shownVotes(doc, node.id);
  if (votes) parts.push(`${votes} ${votes === 1 ? 'vote' : 'votes'}`);
  if (hidden > 0) parts.push(`(${hidden} hidden)`);
  return parts.join(' · ');
}

function nodeDetails(node: OstNode): string[] {
  const details: string[] = [];
  if (node.kind === 'outcome') {
    if (node.objective) details.push(`Objective: ${escapeMarkdown(node.objective)}`);
    if (node.businessGoal) details.push(`Business goal: ${escapeMarkdown(node.businessGoal)}`);
    for (const keyResult of node.keyResults ?? []) details.push(`Key result: ${keyResultText(keyResult)}`);
  }
  if (node.kind === 'experiment') {
    if (node.assumption) {
      const type = node.assumptionType ? ` (${node.assumptionType})` : '';
      details.push(`Assumption${type}: ${escapeMarkdown(node.assumption)}`);
    }
    if (node.successCriterion) details.push(`Success criterion: ${escapeMarkdown(node.successCriterion)}`);
    if (node.result) details.push(`Result: ${escapeMarkdown(node.result)}`);
  }
  return details;
}

/** `Week-4 retention: 31% → 45%, by 2027-03-31 — now 38% on 2027-01-10 (50 % of the way)` */
export function keyResultText(keyResult: KeyResult): string {
  let text = escapeMarkdown(keyResult.name) || '_(unnamed)_';
  const range = formatRange(keyResult);
  if (range) text += `: ${escapeMarkdown(range)}`;
  if (keyResult.deadline) text += `, by ${escapeMarkdown(keyResult.deadline)}`;
  const current = currentCheckIn(keyResult);
  const progress = keyResultProgress(keyResult);
  if (current) {
    text += ` — now ${escapeMarkdown(formatMeasure(current.value, keyResult.unit))} on ${escapeMarkdown(current.date)}`;
    if (progress !== null) text += ` (${roundedProgress(progress)} % of the way)`;
  } else if (progress !== null) text += ' — no check-in yet';
  return text;
}

function evidenceLine(item: Evidence): string {
  const hand = item.firstHand ? 'first-hand' : 'second-hand';
  const parts = [`**${EVIDENCE_KIND_LABEL[item.kind]}** (${hand}): ${escapeMarkdown(item.summary) || '_(no summary)_'}`];
  if (item.quote) parts.push(`“${escapeMarkdown(item.quote)}”`);
  const origin = [item.source, item.date].filter((part) => part).map((part) => escapeMarkdown(part ?? ''));
  if (origin.length > 0) parts.push(origin.join(', '));
  // Only web links become links; anything else could run script where the Markdown is rendered.
  if (item.url && isWebLink(item.url)) parts.push(`<${encodeURI(decodeURIOrKeep(item.url))}>`);
  return parts.join(' — ');
}

// encodeURI would double-encode an already encoded link ("%20" → "%2520").
function decodeURIOrKeep(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function countDescendants(index: TreeIndex, node: OstNode): number {
  let count = 0;
  walk(index, [...childrenOf(index, node.id)], () => {
    count++;
  });
  return count;
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}

// Every ASCII punctuation character that can start inline markup, a link, an HTML tag, an entity
// or a heading's closing sequence; a backslash before it is always read as the character itself.
const MARKDOWN_SIGNIFICANT = /[\\`*_[\]<>#~|&!]/g;

/** User text as one line of literal Markdown text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(MARKDOWN_SIGNIFICANT, (character) => `\\${character}`)
    .trim();
}
