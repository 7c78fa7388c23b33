import { EVIDENCE_KIND_LABEL } from '../../domain/kinds';
import { barFill } from '../../domain/key-results/progress';
import { estimateTextWidth } from '../../domain/node-metrics';
import type { TreeDoc } from '../../domain/types';
import { FONT_FAMILY, KIND_STYLE, MUTED_TEXT_COLOR, SURFACE_COLOR, TEXT_COLOR } from '../../look/kind-style';
import { escapeXml, singleLineText } from '../svg/escape-xml';
import { wrapLines, type MeasureText } from '../svg/wrap-lines';
import { onePagerOf } from './one-pager-content';

export const ONE_PAGER_WIDTH = 1000;
const MARGIN = 48;
const TEXT_WIDTH = ONE_PAGER_WIDTH - 2 * MARGIN;
const BAR_WIDTH = 360;

/**
 * The stakeholder one-pager as an SVG document (for the PNG export): the same Why → Proof → What
 * story as the Markdown, with each key result's progress as a bar. `measure` gives a string's width
 * at 18 px (the canvas's text measure in the browser; an estimate in tests); other sizes scale it.
 * Returns the SVG text and its size in px.
 */
export function onePagerSvg(doc: TreeDoc, measure: MeasureText = estimateTextWidth): { svg: string; width: number; height: number } {
  const page = onePagerOf(doc);
  const parts: string[] = [];
  let y = MARGIN;

  const text = (content: string, options: { size?: number; weight?: number; color?: string; indent?: number; gap?: number } = {}) => {
    const size = options.size ?? 18;
    const indent = options.indent ?? 0;
    const scaled: MeasureText = (value) => (measure(value) * size) / 18;
    const lines = wrapLines(singleLineText(content), TEXT_WIDTH - indent, scaled, 6);
    for (const line of lines) {
      y += size * 1.35;
      parts.push(
        `<text x="${MARGIN + indent}" y="${Math.round(y)}" font-size="${size}" font-weight="${options.weight ?? 400}" fill="${options.color ?? TEXT_COLOR}">${escapeXml(line)}</text>`,
      );
    }
    y += options.gap ?? 4;
  };
  const heading = (label: string, color: string) => {
    y += 14;
    text(label.toUpperCase(), { size: 15, weight: 700, color, gap: 2 });
    parts.push(`<rect x="${MARGIN}" y="${Math.round(y)}" width="${TEXT_WIDTH}" height="2" fill="${color}"/>`);
    y += 6;
  };

  text(page.treeTitle || 'Untitled tree', { size: 30, weight: 700, gap: 8 });
  heading('Why', KIND_STYLE.outcome.color);
  text(`Objective: ${page.objective ?? 'not written yet'}`, { weight: 600 });
  text(`Business goal: ${page.businessGoal ?? 'not written yet'}`, { color: MUTED_TEXT_COLOR });

  heading('Proof', KIND_STYLE.outcome.color);
  text(`Outcome: ${page.outcome}`, { size: 22, weight: 700, gap: 8 });
  if (page.keyResults.length === 0) text('No key results yet.', { color: MUTED_TEXT_COLOR });
  for (const keyResult of page.keyResults) {
    const detail = [keyResult.range, keyResult.deadline ? `by ${keyResult.deadline}` : '', keyResult.current ? `now ${keyResult.current}` : 'no check-in yet']
      .filter(Boolean)
      .join(' · ');
    text(keyResult.name, { weight: 600, gap: 0 });
    text(detail, { size: 15, color: MUTED_TEXT_COLOR, gap: 6 });
    const fill = (barFill(keyResult.progress) / 100) * BAR_WIDTH;
    const done = keyResult.progress !== null && keyResult.progress >= 100;
    parts.push(
      `<rect x="${MARGIN}" y="${Math.round(y)}" width="${BAR_WIDTH}" height="12" rx="6" fill="${SURFACE_COLOR}" stroke="${MUTED_TEXT_COLOR}" stroke-width="1"/>`,
      fill > 0 ? `<rect x="${MARGIN}" y="${Math.round(y)}" width="${fill.toFixed(1)}" height="12" rx="6" fill="${done ? KIND_STYLE.solution.color : KIND_STYLE.outcome.color}"/>` : '',
      `<text x="${MARGIN + BAR_WIDTH + 12}" y="${Math.round(y) + 11}" font-size="16" font-weight="700" fill="${TEXT_COLOR}">${keyResult.progress === null ? 'no target' : `${keyResult.progress} %`}</text>`,
    );
    y += 24;
  }

  heading('What', KIND_STYLE.opportunity.color);
  if (!page.target) text('No target opportunity chosen yet.', { color: MUTED_TEXT_COLOR });
  else {
    text(`Target opportunity: ${page.target.title}`, { size: 20, weight: 700, color: KIND_STYLE.opportunity.color });
    if (!page.target.firstHand) text('No first-hand evidence yet.', { color: MUTED_TEXT_COLOR });
    for (const item of page.target.evidence) {
      const quote = item.quote ? ` — “${item.quote}”` : '';
      text(`• ${EVIDENCE_KIND_LABEL[item.kind]} (${item.firstHand ? 'first-hand' : 'second-hand'}): ${item.summary}${quote}`, { size: 15, indent: 12, gap: 2 });
    }
    y += 8;
    text('Solutions in play', { weight: 700, color: KIND_STYLE.solution.color });
    if (page.solutions.length === 0) text('None yet.', { color: MUTED_TEXT_COLOR });
    for (const solution of page.solutions) {
      text(`${solution.title} · ${solution.status}`, { weight: 600, indent: 12, gap: 0 });
      for (const experiment of solution.experiments) {
        text(`Experiment: ${experiment.title} · ${experiment.status}${experiment.result ? ` — ${experiment.result}` : ''}`, {
          size: 15,
          indent: 28,
          color: MUTED_TEXT_COLOR,
          gap: 0,
        });
      }
      y += 6;
    }
  }

  const height = Math.ceil(y + MARGIN);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${ONE_PAGER_WIDTH}" height="${height}" viewBox="0 0 ${ONE_PAGER_WIDTH} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join('') +
    '</svg>';
  return { svg, width: ONE_PAGER_WIDTH, height };
}
