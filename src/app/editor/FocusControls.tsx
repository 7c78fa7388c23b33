import { MAX_LEVEL_CHOICE, showEverything, showLevels, toggleFocusBranch } from '../../canvas/view-commands';
import { useCanvasView } from '../../canvas/view-store';
import { useEditor, useEditorStoreApi } from '../../store/editor-context';

const LEVEL_CHOICES = Array.from({ length: MAX_LEVEL_CHOICE }, (_, index) => index + 1);

/** Focus the selected node's branch (Alt+B), show only the first levels (Alt+L), show everything (Alt+A). */
export function FocusControls() {
  const store = useEditorStoreApi();
  const selectedId = useEditor((state) => state.selectedId);
  const focusBranchId = useCanvasView((state) => state.focusBranchId);
  const maxLevels = useCanvasView((state) => state.maxLevels);
  const focused = focusBranchId !== null;
  return (
    <div className="header-group" role="group" aria-label="Focus">
      <button
        type="button"
        className="btn"
        data-testid="focus-branch"
        aria-pressed={focused}
        disabled={!focused && !selectedId}
        onClick={() => toggleFocusBranch(focused ? null : selectedId)}
        title={focused ? 'Show the whole tree again (Alt+B)' : "Focus the selected node's branch (Alt+B)"}
      >
        ◎ Focus
      </button>
      <label className="header-select" title="Show only the first levels (Alt+L)">
        <span className="header-select-label">Levels</span>
        <select data-testid="levels" value={maxLevels ?? 'all'} onChange={(event) => showLevels(event.target.value === 'all' ? null : Number(event.target.value))}>
          {LEVEL_CHOICES.map((levels) => (
            <option key={levels} value={levels}>
              {levels === 1 ? '1 level' : `${levels} levels`}
            </option>
          ))}
          <option value="all">All levels</option>
        </select>
      </label>
      <button type="button" className="btn" data-testid="show-all" onClick={() => showEverything(store)} title="Every level, every branch expanded, nothing dimmed (Alt+A)">
        Show all
      </button>
    </div>
  );
}
