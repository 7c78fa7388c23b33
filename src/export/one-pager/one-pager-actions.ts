import type { TreeDoc } from '../../domain/types';
import { createCanvasTextMeasure, TITLE_FONT } from '../../look/text-measure';
import { downloadBlob, downloadText } from '../download';
import { fileNameFor } from '../file-name';
import { svgToPng } from '../png';
import { onePagerMarkdown } from './one-pager-markdown';
import { onePagerSvg } from './one-pager-svg';

/** Downloads the stakeholder one-pager as Markdown. */
export function exportOnePagerMarkdown(doc: TreeDoc): void {
  downloadText(onePagerMarkdown(doc), fileNameFor(`${doc.meta.title} - one-pager`, 'md'), 'text/markdown');
}

/** Downloads the stakeholder one-pager as a PNG (drawn at 2× for slides). */
export async function exportOnePagerPng(doc: TreeDoc): Promise<void> {
  const { svg, width, height } = onePagerSvg(doc, createCanvasTextMeasure(TITLE_FONT));
  const result = await svgToPng(svg, width, height, { pixelRatio: 2 });
  downloadBlob(result.blob, fileNameFor(`${doc.meta.title} - one-pager`, 'png'));
}
