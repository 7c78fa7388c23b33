import type { KeyboardEvent } from 'react';
import { useEditor } from '../../store/editor-context';
import { isImeComposing } from '../../ui/ime';
import { focusRegion } from '../../ui/regions';
import { InspectorSummary } from './InspectorSummary';
import { NodeInspector } from './NodeInspector';
import '../panels.css';
import './inspector.css';
import './key-results/key-results.css';
import '../evidence/evidence.css';

/** The sidebar editor of the selected node, or the tree's summary when nothing is selected. */
export function Inspector() {
  const selectedId = useEditor((state) => (state.selectedId && state.doc.nodes[state.selectedId] ? state.selectedId : null));
  return (
    <section className="inspector" data-testid="inspector" aria-label="Inspector" tabIndex={0} onKeyDown={backToCanvasOnEscape}>
      {selectedId ? <NodeInspector key={selectedId} nodeId={selectedId} /> : <InspectorSummary />}
    </section>
  );
}

/** Esc in any inspector control (a select, a checkbox, a button) takes focus back to the node. */
function backToCanvasOnEscape(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Escape' || event.defaultPrevented || isImeComposing(event)) return;
  event.preventDefault();
  focusRegion('canvas');
}
