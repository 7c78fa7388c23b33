import { measuredAsync } from '../domain/perf-measure';
import type { TreeDoc } from '../domain/types';
import { badgesOf } from '../store/derived/findings';
import { copyPngToClipboard } from './clipboard';
import { downloadBlob } from './download';
import { fileNameFor } from './file-name';
import type { ExportOptions } from './picture-options';
import { svgToPng, type PngResult } from './png';
import { buildTreeSvg } from './svg';
import { createCanvasTextMeasure, TITLE_FONT } from '../look/text-measure';

let measure: ((text: string) => number) | null = null;

/** The picture as SVG text, drawn from the model and the layout (not by cloning the DOM). */
export function treeSvg(doc: TreeDoc, options: ExportOptions, selectedId: string | null): { svg: string; width: number; height: number } {
  const measureText = (measure ??= createCanvasTextMeasure(TITLE_FONT));
  return buildTreeSvg(doc, {
    asShown: options.asShown,
    rootId: options.selectionOnly && selectedId ? selectedId : undefined,
    background: options.background,
    badges: options.badges ? new Map(badgesOf(doc)) : undefined,
    measure: measureText,
  });
}

function pictureName(doc: TreeDoc, options: ExportOptions, selectedId: string | null, extension: string): string {
  const subtree = options.selectionOnly && selectedId ? doc.nodes[selectedId]?.title : undefined;
  return fileNameFor(subtree ? `${doc.meta.title} - ${subtree}` : doc.meta.title, extension);
}

export function exportSvg(doc: TreeDoc, options: ExportOptions, selectedId: string | null): void {
  const { svg } = treeSvg(doc, options, selectedId);
  downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), pictureName(doc, options, selectedId, 'svg'));
}

export async function renderPng(doc: TreeDoc, options: ExportOptions, selectedId: string | null): Promise<PngResult> {
  return measuredAsync('ost-export-png', async () => {
    const { svg, width, height } = treeSvg(doc, options, selectedId);
    return svgToPng(svg, width, height, { pixelRatio: 2 });
  });
}

/** Says so when a very large tree had to be drawn below 2× to fit the browser's canvas limit. */
function reducedNote(result: PngResult): string | undefined {
  if (!result.reduced) return undefined;
  return `The tree is too large for a 2× picture; it was drawn at ${result.pixelRatio.toFixed(2)}× (${result.width}×${result.height} px). Export the SVG, or only the selected subtree, for full detail.`;
}

export async function exportPng(doc: TreeDoc, options: ExportOptions, selectedId: string | null): Promise<string | undefined> {
  const result = await renderPng(doc, options, selectedId);
  downloadBlob(result.blob, pictureName(doc, options, selectedId, 'png'));
  return reducedNote(result);
}

export async function copyPng(doc: TreeDoc, options: ExportOptions, selectedId: string | null): Promise<string> {
  // The clipboard item takes a promise, so the copy keeps the user's click as its permission.
  const rendering = renderPng(doc, options, selectedId);
  const result = await copyPngToClipboard(rendering.then((png) => png.blob));
  if (result === 'copied') return reducedNote(await rendering) ?? 'Picture copied — paste it into your slides.';
  if (result === 'denied') return 'The browser did not allow copying the picture; download it instead.';
  return 'This browser cannot copy pictures; download the PNG instead.';
}
