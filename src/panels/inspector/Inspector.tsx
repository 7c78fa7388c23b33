import { useEditor } from '../../store/editor-context';
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
    <section className="inspector" data-testid="inspector" aria-label="Inspector">
      {selectedId ? <NodeInspector key={selectedId} nodeId={selectedId} /> : <InspectorSummary />}
    </section>
  );
}
