import { keyResultLabel } from '../../domain/key-results/format';
import { barFill, keyResultProgress, roundedProgress } from '../../domain/key-results/progress';
import type { NodeBox } from '../../domain/layout';
import { KEY_RESULT_ROW_HEIGHT, keyResultRowCount, NODE_FOOTER_HEIGHT, NODE_PADDING_Y } from '../../domain/node-metrics';
import type { OstNode } from '../../domain/types';
import { KIND_STYLE, MUTED_TEXT_COLOR, SURFACE_COLOR, TEXT_COLOR } from '../../look/kind-style';
import { escapeXml, singleLineText } from './escape-xml';
import { svgNumber as n } from './svg-number';
import { fitLine, type MeasureText } from './wrap-lines';

const LABEL_FONT_SIZE = 12;
const LABEL_BASELINE = 12;
const BAR_Y = 17;
const BAR_HEIGHT = 6;
const DONE_COLOR = KIND_STYLE.solution.color;

/** Total height the key result rows take in a node's box (0 for nodes without them). */
export function keyResultBarsHeight(node: OstNode): number {
  return keyResultRowCount(node) * KEY_RESULT_ROW_HEIGHT;
}

/**
 * An outcome's key results as they look on the canvas: per row its name and percent, above a bar
 * filled to the progress. Each row is a group with `data-kr-id` and `data-progress`, as on the canvas.
 */
export function keyResultBarsSvg(node: OstNode, box: NodeBox, contentX: number, contentRight: number, measure: MeasureText): string {
  const rows = keyResultRowCount(node);
  if (rows === 0) return '';
  const top = box.height - NODE_PADDING_Y - NODE_FOOTER_HEIGHT - rows * KEY_RESULT_ROW_HEIGHT;
  const width = contentRight - contentX;
  let svg = '';
  (node.keyResults ?? []).slice(0, rows).forEach((keyResult, index) => {
    const progress = keyResultProgress(keyResult);
    const percent = roundedProgress(progress);
    const shown = progress === null ? 'no target' : `${percent} %`;
    const y = top + index * KEY_RESULT_ROW_HEIGHT;
    const name = fitLine(singleLineText(keyResultLabel(keyResult)), width - measure(shown) - 8, measure);
    const fill = (barFill(progress) / 100) * width;
    svg +=
      `<g data-kr-id="${escapeXml(keyResult.id)}" data-progress="${percent}" transform="translate(${contentX} ${n(y)})">` +
      `<text y="${LABEL_BASELINE}" font-size="${LABEL_FONT_SIZE}" fill="${MUTED_TEXT_COLOR}">${escapeXml(name)}</text>` +
      `<text x="${n(width)}" y="${LABEL_BASELINE}" font-size="${LABEL_FONT_SIZE}" font-weight="700" text-anchor="end" fill="${TEXT_COLOR}">${escapeXml(shown)}</text>` +
      `<rect y="${BAR_Y}" width="${n(width)}" height="${BAR_HEIGHT}" rx="3" fill="${SURFACE_COLOR}" stroke="${MUTED_TEXT_COLOR}" stroke-width="0.5"/>` +
      (fill > 0 ? `<rect y="${BAR_Y}" width="${n(fill)}" height="${BAR_HEIGHT}" rx="3" fill="${progress !== null && progress >= 100 ? DONE_COLOR : KIND_STYLE.outcome.color}"/>` : '') +
      '</g>';
  });
  return svg;
}
