import { layoutTree } from '../../domain/layout';
import { layoutKindOf } from '../../domain/layout-kind';
import { estimateTextWidth, nodeSize, TITLE_FONT_SIZE } from '../../domain/node-metrics';
import type { OstNode, TreeDoc } from '../../domain/types';
import { edgeEnds, edgePath } from '../../look/edge-path';
import { baseDirection } from '../../look/graphemes';
import { escapeXml, singleLineText } from './escape-xml';
import { evidenceCounts, footerParts } from './node-footer';
import { shownVotes } from '../../domain/voting/vote-rounds';
import { nodeSvg, type NodeBadge, type TextMeasures } from './node-svg';
import {
  FONT_FAMILY,
  TEXT_COLOR,
} from '../../look/kind-style';
import {
  BADGE_FONT_SIZE,
  CAPTION_FONT_SIZE,
  CAPTION_GAP,
  CAPTION_LINE_HEIGHT,
  CAPTION_MAX_LINES,
  EDGE_COLOR,
  EDGE_WIDTH,
  FOOTER_FONT_SIZE,
  PICTURE_MARGIN,
} from './picture-style';
import { svgNumber as n } from './svg-number';
import { wrapLines, type MeasureText } from './wrap-lines';

export type { NodeBadge } from './node-svg';

export interface TreeSvgOptions {
  /** Leave out what collapsed nodes hide, as the canvas shows it; default false: everything. */
  asShown?: boolean;
  /** Draw only this node's subtree. */
  rootId?: string;
  background: 'white' | 'transparent';
  /** Finding badges to draw, by node id (the canvas's worst severity and count). */
  badges?: ReadonlyMap<string, NodeBadge>;
  /**
   * Width of a string in the title font (600 18px, see canvas TITLE_FONT), the measure the layout
   * sizes boxes with. In a browser pass createCanvasTextMeasure(TITLE_FONT); defaults to the
   * node-metrics estimate. Smaller texts are measured by scaling it.
   */
  measure?: MeasureText;
  /** A caption with the tree's title above the tree; default true. */
  title?: boolean;
}

export interface TreeSvg {
  svg: string;
  /** Size in CSS pixels, as written in the SVG's width and height. */
  width: number;
  height: number;
}

/** The caption may be wider than a narrow tree, up to this. */
const MIN_CAPTION_WIDTH = 640;
/** Bold text runs wider than the semi-bold title font the measure is for. */
const BOLD_WIDTH_FACTOR = 1.06;

/**
 * The tree as a standalone SVG document, built from the model and the layout (the same node
 * metrics as the canvas), not from the DOM. All user text is escaped; the document holds no
 * script, no foreignObject and no external reference, so it renders the same in any viewer.
 */
export function buildTreeSvg(doc: TreeDoc, options: TreeSvgOptions): TreeSvg {
  const measureTitle = options.measure ?? estimateTextWidth;
  const measures: TextMeasures = {
    title: measureTitle,
    footer: scaled(measureTitle, FOOTER_FONT_SIZE / TITLE_FONT_SIZE),
    badge: scaled(measureTitle, (BADGE_FONT_SIZE / TITLE_FONT_SIZE) * BOLD_WIDTH_FACTOR),
  };
  const layout = layoutTree(doc, {
    sizeOf: (node: OstNode) => nodeSize(node, measureTitle),
    respectCollapsed: options.asShown ?? false,
    kind: layoutKindOf(doc),
    rootId: options.rootId,
  });

  const hasNodes = layout.order.length > 0;
  const { minX, minY, maxX, maxY } = layout.bounds;
  const treeWidth = hasNodes ? maxX - minX : 0;
  const treeHeight = hasNodes ? maxY - minY : 0;

  let captionLines: string[] = [];
  let captionWidth = 0;
  if (options.title ?? true) {
    const measureCaption = scaled(measureTitle, (CAPTION_FONT_SIZE / TITLE_FONT_SIZE) * BOLD_WIDTH_FACTOR);
    const text = singleLineText(doc.meta.title).trim() || 'Untitled tree';
    captionLines = wrapLines(text, Math.max(treeWidth, MIN_CAPTION_WIDTH), measureCaption, CAPTION_MAX_LINES);
    for (const line of captionLines) captionWidth = Math.max(captionWidth, measureCaption(line));
  }
  const captionHeight = captionLines.length > 0 ? captionLines.length * CAPTION_LINE_HEIGHT + (hasNodes ? CAPTION_GAP : 0) : 0;

  const innerWidth = Math.max(treeWidth, captionWidth);
  const width = Math.ceil(innerWidth + 2 * PICTURE_MARGIN);
  const height = Math.ceil(captionHeight + treeHeight + 2 * PICTURE_MARGIN);
  // A tree narrower than its caption is centred under it.
  const offsetX = PICTURE_MARGIN + (innerWidth - treeWidth) / 2 - (hasNodes ? minX : 0);
  const offsetY = PICTURE_MARGIN + captionHeight - (hasNodes ? minY : 0);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${escapeXml(FONT_FAMILY)}" role="img">`,
    `<title>${escapeXml(singleLineText(doc.meta.title).trim() || 'Untitled tree')}</title>`,
  ];
  if (options.background === 'white') out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  // A Hebrew or Arabic title reads from the right edge, as nodes' titles do (see node-svg.ts).
  const captionRtl = captionLines.length > 0 && baseDirection(captionLines.join(' ')) === 'rtl';
  const captionX = captionRtl ? PICTURE_MARGIN + innerWidth : PICTURE_MARGIN;
  const captionDirection = captionRtl ? ' direction="rtl" unicode-bidi="embed" text-anchor="start"' : '';
  captionLines.forEach((line, index) => {
    const baseline = PICTURE_MARGIN + index * CAPTION_LINE_HEIGHT + 24;
    out.push(`<text class="caption" x="${n(captionX)}" y="${baseline}" font-size="${CAPTION_FONT_SIZE}" font-weight="700" fill="${TEXT_COLOR}"${captionDirection}>${escapeXml(line)}</text>`);
  });

  out.push(`<g transform="translate(${n(offsetX)} ${n(offsetY)})">`);
  out.push(`<g fill="none" stroke="${EDGE_COLOR}" stroke-width="${EDGE_WIDTH}">`);
  for (const { parentId, childId, route, lanes } of layout.edges) {
    const parent = layout.boxes.get(parentId);
    const child = layout.boxes.get(childId);
    if (!parent || !child) continue;
    const [start, end] = edgeEnds(parent, child, route);
    out.push(`<path data-parent-id="${escapeXml(parentId)}" data-child-id="${escapeXml(childId)}" d="${edgePath(start, end, route, lanes)}"/>`);
  }
  out.push('</g>');
  for (const id of layout.order) {
    const node = doc.nodes[id];
    const box = layout.boxes.get(id);
    if (!node || !box) continue;
    const evidence = evidenceCounts(node, doc);
    const votes = shownVotes(doc, id);
    out.push(
      nodeSvg(
        {
          node,
          box,
          footer: footerParts(node, evidence, votes),
          votes,
          unevidenced: node.kind === 'opportunity' && evidence.firstHand === 0,
          hiddenCount: layout.hiddenCounts.get(id) ?? 0,
          badge: options.badges?.get(id),
        },
        measures,
      ),
    );
  }
  out.push('</g></svg>');
  return { svg: out.join('\n'), width, height };
}

function scaled(measure: MeasureText, factor: number): MeasureText {
  return (text) => measure(text) * factor;
}
