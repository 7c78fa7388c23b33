import { useStore as useFlowStore, type ReactFlowState } from '@xyflow/react';
import { useMemo } from 'react';
import { TITLE_FONT_SIZE } from '../../domain/node-metrics';
import type { NodeKind } from '../../domain/types';
import { createCanvasTextMeasure } from '../../look/text-measure';
import { wholeWordLines } from '../../look/whole-words';
import { useEditor } from '../../store/editor-context';
import { useTextSize } from '../../ui/text-size';
import { FindingBadge } from './FindingBadge';
import { NodeVotes } from '../voting/NodeVotes';
import { useShownVotes } from '../voting/use-vote-state';
import { NodeHandles } from './NodeHandles';
import { useDimmed } from './use-dimmed';

/**
 * The compact title's font size by zoom band: the further out, the bigger the type, so a title
 * still reads across a room (fewer words fit, and the rest is cut once with an ellipsis). Bands,
 * not a continuous size, so zooming re-renders the blocks only when a band changes; they are
 * close enough that from zoom 0.2 to 0.45 a title is drawn 10.4–13.3 px on screen, never
 * dropping to 8 px where one band hands over to the next.
 */
const COMPACT_BANDS: ReadonlyArray<{ belowZoom: number; fontSize: number }> = [
  { belowZoom: 0.2, fontSize: 56 },
  { belowZoom: 0.25, fontSize: 52 },
  { belowZoom: 0.3, fontSize: 44 },
  { belowZoom: 0.37, fontSize: 36 },
];
const COMPACT_FONT_SIZE = 28;
const LINE_HEIGHT_RATIO = 1.2;
/** Padding plus borders around the compact title, per side. */
const COMPACT_INSET = 12;
const FONT_FAMILY = "Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const measures = new Map<number, (text: string) => number>();
function measureAt(fontSize: number): (text: string) => number {
  let measure = measures.get(fontSize);
  if (!measure) {
    measure = createCanvasTextMeasure(`600 ${fontSize}px ${FONT_FAMILY}`);
    measures.set(fontSize, measure);
  }
  return measure;
}
/**
 * Below this many px on screen no title can be read, however big its band: the block is drawn
 * without its lines (the title stays in the DOM for search, copy and screen readers). At a whole
 * 2,000-node tree in view (zoom 0.05) this spares drawing thousands of illegible text runs on
 * every frame of a pan.
 */
const MIN_LEGIBLE_PX = 4;
const selectLegible = (state: ReactFlowState) => state.transform[2] * COMPACT_BANDS[0]!.fontSize >= MIN_LEGIBLE_PX;
const selectFontSize = (state: ReactFlowState) => COMPACT_BANDS.find((band) => state.transform[2] < band.belowZoom)?.fontSize ?? COMPACT_FONT_SIZE;
/** The full node's title size at the room's text size: a block never draws its title smaller. */
const selectTitleSize = (state: { effective: number }) => Math.round(TITLE_FONT_SIZE * state.effective * 10) / 10;

/**
 * A node drawn zoomed far out: a coloured block with its title and badge. The title shows whole
 * words on as many whole lines as the block holds, cut once at the end with an ellipsis. It
 * subscribes to little, so the hundreds of nodes that mount and unmount while panning an overview
 * stay cheap.
 */
interface CompactNodeProps {
  id: string;
  kind: NodeKind;
  unevidenced: boolean;
  hiddenCount: number;
  /** The node's box in canvas px, from the layout. */
  width: number;
  height: number;
}

export function CompactNode({ id, kind, unevidenced, hiddenCount, width, height }: CompactNodeProps) {
  const title = useEditor((state) => state.doc.nodes[id]?.title ?? '');
  const selected = useEditor((state) => state.selectedId === id);
  const dimmed = useDimmed(id);
  const votes = useShownVotes(id);
  const shown = title.trim() ? title : `Untitled ${kind}`;
  const fontSize = Math.max(useFlowStore(selectFontSize), useTextSize(selectTitleSize));
  const lineHeight = Math.round(fontSize * LINE_HEIGHT_RATIO);
  const legible = useFlowStore(selectLegible);
  const lines = useMemo(() => {
    if (!legible) return [];
    const maxLines = Math.max(1, Math.floor((height - 2 * COMPACT_INSET) / lineHeight));
    return wholeWordLines(shown, Math.max(1, width - 2 * COMPACT_INSET), maxLines, measureAt(fontSize));
  }, [shown, width, height, fontSize, lineHeight, legible]);
  return (
    <div
      className={`ost-node is-compact${selected ? ' is-selected' : ''}${unevidenced ? ' is-unevidenced' : ''}`}
      data-kind={kind}
      data-selected={selected || undefined}
      data-dimmed={dimmed || undefined}
      data-votes={votes ? votes : undefined}
    >
      <NodeHandles />
      <div className={`ost-node-title${title.trim() ? '' : ' is-empty'}`} title={title} data-node-title dir="auto" style={{ fontSize, lineHeight: `${lineHeight}px` }}>
        {/* The whole title is the text (for search, copy and screen readers); the lines as cut are drawn by CSS from data-line. */}
        <span className="visually-hidden">{shown}</span>
        {lines.map((line, index) => (
          <span key={index} className="compact-line" data-line={line} aria-hidden="true" />
        ))}
      </div>
      <FindingBadge nodeId={id} />
      <NodeVotes nodeId={id} />
      {hiddenCount > 0 && <span className="hidden-count">+{hiddenCount}</span>}
    </div>
  );
}
