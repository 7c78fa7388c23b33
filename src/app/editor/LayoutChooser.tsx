import { LAYOUT_KINDS, LAYOUT_LABEL, isLayoutKind, layoutKindOf } from '../../domain/layout-kind';
import { useCanvasView } from '../../canvas/view-store';
import { useEditor, useEditorActions } from '../../store/editor-context';

/** Chooses the open tree's layout; the choice is stored with the tree (Alt+T cycles). */
export function LayoutChooser() {
  const kind = useEditor((state) => layoutKindOf(state.doc));
  const actions = useEditorActions();
  return (
    <label className="header-select" title="Layout of this tree (Alt+T)">
      <span className="header-select-label">Layout</span>
      <select
        data-testid="layout"
        value={kind}
        onChange={(event) => {
          if (!isLayoutKind(event.target.value)) return;
          actions.setLayout(event.target.value);
          useCanvasView.getState().requestFit(null);
        }}
      >
        {LAYOUT_KINDS.map((option) => (
          <option key={option} value={option}>
            {LAYOUT_LABEL[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
