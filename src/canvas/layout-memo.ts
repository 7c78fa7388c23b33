import { layoutTree, type TreeLayout } from '../domain/layout';
import { layoutKindOf, type LayoutKind } from '../domain/layout-kind';
import { measured } from '../domain/perf-measure';
import { EDITING_SPACING, keyResultRowCount, nodeSize, type LayoutSpacing, type NodeSize } from '../domain/node-metrics';
import type { OstNode, TreeDoc } from '../domain/types';
import { createCanvasTextMeasure, TITLE_FONT } from '../look/text-measure';

/**
 * Lays the tree out again only when something that moves boxes changed: structure, order,
 * collapsing, or a title whose new length changes its box height. Typing within a line reuses
 * the previous layout, so a keystroke costs no layout at all. `spacing` is the gaps between boxes
 * (tighter while presenting).
 */
export function createLayoutMemo(): (doc: TreeDoc, maxLevels?: number | null, textScale?: number, spacing?: LayoutSpacing) => TreeLayout {
  const measure = createCanvasTextMeasure(TITLE_FONT);
  const sizes = new Map<string, NodeSize>();
  let scale = 1;
  const sizeOf = (node: Pick<OstNode, 'kind' | 'title' | 'keyResults'>): NodeSize => {
    // An outcome's box also grows with its key result bars.
    const key = `${node.kind}\u0000${keyResultRowCount(node)}\u0000${node.title}`;
    let size = sizes.get(key);
    if (!size) {
      size = nodeSize(node, measure, scale);
      sizes.set(key, size);
    }
    return size;
  };
  let previousNodes: Record<string, OstNode> | null = null;
  let previousLayout: TreeLayout | null = null;

  function sameBoxes(before: Record<string, OstNode>, after: Record<string, OstNode>): boolean {
    let count = 0;
    for (const id in after) {
      count += 1;
      const was = before[id];
      const now = after[id]!;
      if (was === now) continue;
      if (!was) return false;
      if (was.parentId !== now.parentId || was.rank !== now.rank || was.kind !== now.kind || Boolean(was.collapsed) !== Boolean(now.collapsed)) return false;
      if (was.title !== now.title && sizeOf(was).height !== sizeOf(now).height) return false;
      if (was.keyResults !== now.keyResults && keyResultRowCount(was) !== keyResultRowCount(now)) return false;
    }
    return count === Object.keys(before).length;
  }

  let previousKind: LayoutKind | null = null;
  let previousLevels: number | null = null;
  let previousSpacing: LayoutSpacing | null = null;

  return (doc, maxLevels = null, textScale = 1, spacing = EDITING_SPACING) => {
    const kind = layoutKindOf(doc);
    if (textScale !== scale) {
      scale = textScale;
      sizes.clear();
      previousLayout = null;
    }
    const sameView = kind === previousKind && maxLevels === previousLevels && spacing === previousSpacing;
    if (sameView && previousLayout && previousNodes && (doc.nodes === previousNodes || sameBoxes(previousNodes, doc.nodes))) {
      previousNodes = doc.nodes;
      return previousLayout;
    }
    previousLayout = measured('ost-layout', () => layoutTree(doc, { sizeOf, kind, maxLevels: maxLevels ?? undefined, spacing }));
    previousNodes = doc.nodes;
    previousKind = kind;
    previousLevels = maxLevels;
    previousSpacing = spacing;
    return previousLayout;
  };
}
