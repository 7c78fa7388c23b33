import type { NodeKind, OstNode } from './types';

// One source of truth for node box sizes, shared by the canvas (CSS reads the same numbers),
// the layout and the picture export, so that what is laid out is exactly what is drawn.

export const NODE_WIDTH: Record<NodeKind, number> = {
  outcome: 320,
  opportunity: 260,
  solution: 240,
  experiment: 240,
};

export const TITLE_FONT_SIZE = 18;
export const TITLE_LINE_HEIGHT = 24;
export const TITLE_MAX_LINES = 4;
export const NODE_PADDING_X = 14;
export const NODE_PADDING_Y = 10;
export const NODE_HEADER_HEIGHT = 24;
export const NODE_FOOTER_HEIGHT = 24;
/** Left plus right border width per kind (the canvas CSS draws the same); an experiment has a bar. */
export const NODE_BORDER_X: Record<NodeKind, number> = { outcome: 6, opportunity: 4, solution: 4, experiment: 10 };
/** Top plus bottom border room (the outcome's 3 px borders are the widest). */
export const NODE_BORDER_ALLOWANCE_Y = 6;
/** Slack for small differences between canvas text metrics and the browser's line breaking. */
const WRAP_SLACK = 2;
/** Space between sibling boxes, and between a parent's bottom and its children's top. */
export const SIBLING_GAP = 28;
export const LEVEL_GAP = 64;
/** Compact layout: space between boxes stacked in a column, and the column's indent from its spine. */
export const STACK_GAP = 16;
export const STACK_INDENT = 36;

/** The gaps a layout leaves between boxes, in canvas px (see the constants above for each). */
export interface LayoutSpacing {
  sibling: number;
  level: number;
  stackGap: number;
  stackIndent: number;
}

/** Editing and pictures: room for the node toolbar, drop targets and a comfortable read. */
export const EDITING_SPACING: LayoutSpacing = { sibling: SIBLING_GAP, level: LEVEL_GAP, stackGap: STACK_GAP, stackIndent: STACK_INDENT };

/**
 * Presenting: about half the editing gaps, so a whole tree fits the screen at a bigger zoom (the
 * room reads the titles, nobody drops nodes between them). At the zoom a whole 40-node tree is
 * shown (about 0.2) a 12 px gap still draws 2–3 screen px and an edge's lane stays visible.
 */
export const PRESENTING_SPACING: LayoutSpacing = { sibling: 12, level: 36, stackGap: 8, stackIndent: 20 };

export interface NodeSize {
  width: number;
  height: number;
}

/** Counts wrapped lines of `text` given a function that measures a string's width in px. */
export function countWrappedLines(text: string, maxWidth: number, measure: (text: string) => number): number {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  let lines = 1;
  let lineWidth = 0;
  const spaceWidth = measure(' ');
  for (const word of words) {
    const wordWidth = measure(word);
    if (lineWidth === 0) {
      // A word longer than the line breaks across several lines (CSS overflow-wrap: anywhere).
      lines += Math.max(0, Math.ceil(wordWidth / maxWidth) - 1);
      lineWidth = lastLineWidth(wordWidth, maxWidth);
    } else if (lineWidth + spaceWidth + wordWidth <= maxWidth) {
      lineWidth += spaceWidth + wordWidth;
    } else {
      lines += 1 + Math.max(0, Math.ceil(wordWidth / maxWidth) - 1);
      lineWidth = lastLineWidth(wordWidth, maxWidth);
    }
  }
  return lines;
}

/** Width left on the last line a word occupies; a word filling whole lines leaves a full line. */
function lastLineWidth(wordWidth: number, maxWidth: number): number {
  if (wordWidth <= maxWidth) return wordWidth;
  const rest = wordWidth % maxWidth;
  return rest === 0 ? maxWidth : rest;
}

/** Average glyph width of the title font, used where real text metrics are unavailable (node tests). */
const ESTIMATED_CHAR_WIDTH = TITLE_FONT_SIZE * 0.55;

export function estimateTextWidth(text: string): number {
  return text.length * ESTIMATED_CHAR_WIDTH;
}

export function titleWidth(kind: NodeKind): number {
  return NODE_WIDTH[kind] - 2 * NODE_PADDING_X - NODE_BORDER_X[kind] - WRAP_SLACK;
}

export function nodeHeightForLines(lines: number): number {
  const clamped = Math.min(Math.max(lines, 1), TITLE_MAX_LINES);
  return 2 * NODE_PADDING_Y + NODE_BORDER_ALLOWANCE_Y + NODE_HEADER_HEIGHT + clamped * TITLE_LINE_HEIGHT + NODE_FOOTER_HEIGHT;
}

/** One key result's row on an outcome node: its name and percent above a thin progress bar. */
export const KEY_RESULT_ROW_HEIGHT = 26;
/** Key results shown as bars on an outcome node; the footer counts the rest. */
export const MAX_KEY_RESULT_ROWS = 4;

/** How many key result rows a node's box holds (outcomes only). */
export function keyResultRowCount(node: Pick<OstNode, 'kind' | 'keyResults'>): number {
  return node.kind === 'outcome' ? Math.min(node.keyResults?.length ?? 0, MAX_KEY_RESULT_ROWS) : 0;
}

/**
 * How much wider a box grows per unit of title scale: a third as fast as the text, so bigger text
 * wraps onto more lines and a wide tree still fits the screen at a zoom that keeps it big.
 */
const WIDTH_PER_SCALE = 0.3;

/**
 * A node's box in canvas px for its title measured by `measure` (width of a string in the 18 px
 * title font). `textScale` (the room's text-size setting, 1 = 18 px titles) makes titles and
 * their lines bigger and the box somewhat wider.
 */
export function nodeSize(node: Pick<OstNode, 'kind' | 'title' | 'keyResults'>, measure: (text: string) => number = estimateTextWidth, textScale = 1): NodeSize {
  const rows = keyResultRowCount(node) * KEY_RESULT_ROW_HEIGHT;
  if (textScale === 1) {
    const lines = countWrappedLines(node.title, titleWidth(node.kind), measure);
    return { width: NODE_WIDTH[node.kind], height: nodeHeightForLines(lines) + rows };
  }
  const width = Math.round(NODE_WIDTH[node.kind] * (1 + (textScale - 1) * WIDTH_PER_SCALE));
  const lines = countWrappedLines(node.title, titleWidth(node.kind) + width - NODE_WIDTH[node.kind], (text) => measure(text) * textScale);
  const titleHeight = Math.min(Math.max(lines, 1), TITLE_MAX_LINES) * TITLE_LINE_HEIGHT * textScale;
  return { width, height: Math.ceil(nodeHeightForLines(1) - TITLE_LINE_HEIGHT + titleHeight) + rows };
}
