import type { NodeBox } from '../../domain/layout';
import {
  NODE_FOOTER_HEIGHT,
  NODE_HEADER_HEIGHT,
  NODE_PADDING_X,
  NODE_PADDING_Y,
  TITLE_FONT_SIZE,
  TITLE_LINE_HEIGHT,
  TITLE_MAX_LINES,
  titleWidth,
} from '../../domain/node-metrics';
import type { OstNode, Severity } from '../../domain/types';
import { escapeXml, singleLineText } from './escape-xml';
import { keyResultBarsHeight, keyResultBarsSvg } from './key-result-bars-svg';
import type { FooterPart } from './node-footer';
import {
  BADGE_STYLE,
  KIND_STYLE,
  MUTED_TEXT_COLOR,
  SURFACE_COLOR,
  TEXT_COLOR,
  UNEVIDENCED_DASH,
} from '../../look/kind-style';
import {
  BADGE_FONT_SIZE,
  BADGE_HEIGHT,
  FOOTER_FONT_SIZE,
  HEADER_FONT_SIZE,
} from './picture-style';
import { svgNumber as n } from './svg-number';
import { fitLine, wrapLines, type MeasureText } from './wrap-lines';
import { baseDirection } from '../../look/graphemes';

export interface NodeBadge {
  severity: Severity;
  count: number;
}

export interface NodePicture {
  node: OstNode;
  box: NodeBox;
  footer: FooterPart[];
  /** Drawn dashed and unfilled: an opportunity with no first-hand evidence. */
  unevidenced: boolean;
  hiddenCount: number;
  badge: NodeBadge | undefined;
  /** The node's shown vote count, if any (also in the footer). */
  votes?: number;
}

export interface TextMeasures {
  /** Width in the title font (600 18px), the one the layout sized the boxes with. */
  title: MeasureText;
  footer: MeasureText;
  badge: MeasureText;
}

// Baselines within a 24 px line box, where a browser puts them for these font sizes.
const TITLE_BASELINE = 18;
const SMALL_BASELINE = 16.5;
const GLYPH_SIZE = 16;
const FOOTER_PART_SEPARATOR = ' · ';
const FOOTER_GAP = 8;

/** One node as an SVG group at its layout position: box, header, wrapped title, footer, badge. */
export function nodeSvg(picture: NodePicture, measures: TextMeasures): string {
  const { node, box } = picture;
  const style = KIND_STYLE[node.kind];
  const contentX = style.leftBar > 0 ? style.leftBar + 10 : NODE_PADDING_X;
  const contentRight = box.width - NODE_PADDING_X;
  const parts: string[] = [
    `<g data-id="${escapeXml(node.id)}" data-kind="${node.kind}"${picture.votes ? ` data-votes="${picture.votes}"` : ''} transform="translate(${n(box.x)} ${n(box.y)})">`,
    frame(picture),
    `<path transform="translate(${contentX} ${NODE_PADDING_Y + (NODE_HEADER_HEIGHT - GLYPH_SIZE) / 2})" d="${style.glyph}" fill="${style.color}" fill-rule="evenodd"/>`,
    `<text x="${contentX + GLYPH_SIZE + 6}" y="${NODE_PADDING_Y + SMALL_BASELINE}" font-size="${HEADER_FONT_SIZE}" font-weight="700" letter-spacing="0.72" fill="${style.color}">${style.label}</text>`,
    titleSvg(node, box, contentX, measures.title),
    keyResultBarsSvg(node, box, contentX, contentRight, measures.footer),
    footerSvg(picture, contentX, contentRight, measures.footer),
  ];
  if (picture.badge) parts.push(badgeSvg(picture.badge, box.width, measures.badge));
  parts.push('</g>');
  return parts.join('');
}

function frame({ node, box, unevidenced }: NodePicture): string {
  const style = KIND_STYLE[node.kind];
  const inset = style.borderWidth / 2;
  const radius = Math.max(0, style.radius - inset);
  const fill = unevidenced ? SURFACE_COLOR : style.fill;
  const dash = unevidenced ? ` stroke-dasharray="${UNEVIDENCED_DASH}"` : '';
  let svg =
    `<rect x="${inset}" y="${inset}" width="${n(box.width - style.borderWidth)}" height="${n(box.height - style.borderWidth)}" ` +
    `rx="${radius}" fill="${fill}" stroke="${style.color}" stroke-width="${style.borderWidth}"${dash}/>`;
  if (style.leftBar > 0) {
    // The thick left edge, rounded on the outside like the box's corners.
    const r = style.radius;
    const h = n(box.height);
    const lower = n(box.height - r);
    svg += `<path d="M${r} 0H${style.leftBar}V${h}H${r}A${r} ${r} 0 0 1 0 ${lower}V${r}A${r} ${r} 0 0 1 ${r} 0Z" fill="${style.color}"/>`;
  }
  return svg;
}

function titleSvg(node: OstNode, box: NodeBox, contentX: number, measure: MeasureText): string {
  const top = NODE_PADDING_Y + NODE_HEADER_HEIGHT;
  // As many lines as the layout made room for, so the title never runs into the footer.
  const room = Math.round((box.height - 2 * NODE_PADDING_Y - NODE_HEADER_HEIGHT - NODE_FOOTER_HEIGHT - keyResultBarsHeight(node)) / TITLE_LINE_HEIGHT);
  const maxLines = Math.min(TITLE_MAX_LINES, Math.max(1, room));
  const title = singleLineText(node.title);
  if (title.trim() === '') {
    return `<text x="${contentX}" y="${top + TITLE_BASELINE}" font-size="${TITLE_FONT_SIZE}" font-style="italic" fill="${MUTED_TEXT_COLOR}">Untitled ${node.kind}</text>`;
  }
  const lines = wrapLines(title, titleWidth(node.kind), measure, maxLines);
  // Laid out in its own direction (as `dir="auto"` on the canvas): a Hebrew or Arabic title starts
  // at the right edge and the bidi algorithm keeps its words, numbers and brackets in order.
  const rtl = baseDirection(title) === 'rtl';
  const x = rtl ? n(contentX + titleWidth(node.kind)) : contentX;
  let tspans = '';
  for (let index = 0; index < lines.length; index++) {
    tspans += `<tspan x="${x}" y="${top + index * TITLE_LINE_HEIGHT + TITLE_BASELINE}">${escapeXml(lines[index] ?? '')}</tspan>`;
  }
  const direction = rtl ? ' direction="rtl" unicode-bidi="embed" text-anchor="start"' : ' direction="ltr" unicode-bidi="embed"';
  return `<text font-size="${TITLE_FONT_SIZE}" font-weight="600" fill="${TEXT_COLOR}"${direction}>${tspans}</text>`;
}

function footerSvg(picture: NodePicture, contentX: number, contentRight: number, measure: MeasureText): string {
  const { box, node, hiddenCount } = picture;
  const baseline = n(box.height - NODE_PADDING_Y - NODE_FOOTER_HEIGHT + SMALL_BASELINE);
  let svg = '';
  let available = contentRight - contentX;
  if (hiddenCount > 0) {
    const hidden = `+${hiddenCount} hidden`;
    // Always shown whole, at the right: it says part of the tree is not in the picture.
    svg += `<text x="${n(contentRight)}" y="${baseline}" font-size="${FOOTER_FONT_SIZE}" font-weight="700" text-anchor="end" fill="${TEXT_COLOR}" data-hidden-count="${hiddenCount}">${hidden}</text>`;
    available -= measure(hidden) + FOOTER_GAP;
  }
  let tspans = '';
  let used = 0;
  for (let index = 0; index < picture.footer.length; index++) {
    const part = picture.footer[index];
    if (!part) continue;
    const separator = index === 0 ? '' : FOOTER_PART_SEPARATOR;
    const whole = `${separator}${singleLineText(part.text)}`;
    const width = measure(whole);
    const fits = used + width <= available;
    const text = fits ? whole : fitLine(whole, available - used, measure);
    if (!fits && measure(text) > available - used) break;
    if (part.emphasis && fits) {
      tspans += `${separator}<tspan font-weight="700" fill="${KIND_STYLE[node.kind].color}">${escapeXml(text.slice(separator.length))}</tspan>`;
    } else tspans += escapeXml(text);
    used += width;
    if (!fits) break;
  }
  if (tspans !== '') {
    svg += `<text x="${contentX}" y="${baseline}" font-size="${FOOTER_FONT_SIZE}" fill="${MUTED_TEXT_COLOR}">${tspans}</text>`;
  }
  return svg;
}

function badgeSvg(badge: NodeBadge, boxWidth: number, measure: MeasureText): string {
  const style = BADGE_STYLE[badge.severity];
  const count = String(badge.count);
  const symbolGap = 3;
  const width = Math.max(BADGE_HEIGHT, 14 + measure(style.symbol) + symbolGap + measure(count));
  // Where the canvas puts it: 12 px above the box, 10 px past its right edge.
  const x = boxWidth + 10 - width;
  const y = -12;
  return (
    `<g data-severity="${badge.severity}" data-count="${count}">` +
    `<title>${badge.count} finding${badge.count === 1 ? '' : 's'}, worst: ${style.label}</title>` +
    `<rect x="${n(x)}" y="${y}" width="${n(width)}" height="${BADGE_HEIGHT}" rx="${BADGE_HEIGHT / 2}" fill="${style.fill}" stroke="${SURFACE_COLOR}" stroke-width="2"/>` +
    `<text x="${n(x + width / 2)}" y="${y + SMALL_BASELINE}" font-size="${BADGE_FONT_SIZE}" font-weight="700" text-anchor="middle" fill="${style.text}">` +
    `${escapeXml(style.symbol)}<tspan dx="${symbolGap}">${count}</tspan></text></g>`
  );
}
