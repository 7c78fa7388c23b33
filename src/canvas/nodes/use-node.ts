import { useEditor } from '../../store/editor-context';
import type { OstNode } from '../../domain/types';

/** The node's current record; the component re-renders only when this node changes. */
export function useNode(id: string): OstNode | undefined {
  return useEditor((state) => state.doc.nodes[id]);
}

/** "linked:firstHand" evidence counts of a node, as a string so selectors compare by value. */
export function useEvidenceCounts(id: string): { linked: number; firstHand: number } {
  const key = useEditor((state) => {
    const ids = state.doc.nodes[id]?.evidenceIds;
    if (!ids || ids.length === 0) return '0:0';
    let firstHand = 0;
    let linked = 0;
    for (const evidenceId of ids) {
      const item = state.doc.evidence[evidenceId];
      if (!item) continue;
      linked += 1;
      if (item.firstHand) firstHand += 1;
    }
    return `${linked}:${firstHand}`;
  });
  const [linked, firstHand] = key.split(':').map(Number) as [number, number];
  return { linked, firstHand };
}
