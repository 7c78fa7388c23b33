import { TEXT_SCALES, useTextSize, type TextScale } from '../../ui/text-size';
import { useSidePanel } from './side-panel';

/** Display preferences for the room: title text size (Alt+= / Alt+-) and the side panel (Alt+I). */
export function DisplayControls() {
  const scale = useTextSize((state) => state.scale);
  const setScale = useTextSize((state) => state.setScale);
  const panelOpen = useSidePanel((state) => state.open);
  const togglePanel = useSidePanel((state) => state.toggle);
  return (
    <div className="header-group" role="group" aria-label="Display">
      <label className="header-select" title="Title text size (Alt+= bigger, Alt+- smaller)">
        <span className="header-select-label">Text</span>
        <select
          data-testid="text-size"
          value={scale}
          onChange={(event) => {
            const chosen = TEXT_SCALES.find((option) => option === Number(event.target.value));
            if (chosen) setScale(chosen as TextScale);
          }}
        >
          {TEXT_SCALES.map((option) => (
            <option key={option} value={option}>
              {Math.round(option * 100)} %
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="btn"
        data-testid="panel-toggle"
        aria-pressed={panelOpen}
        onClick={togglePanel}
        title={panelOpen ? 'Hide the side panel (Alt+I)' : 'Show the side panel (Alt+I)'}
      >
        {panelOpen ? 'Hide panel' : 'Show panel'}
      </button>
    </div>
  );
}
