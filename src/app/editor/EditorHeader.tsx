import { MAX_TITLE_LENGTH } from '../../domain/file-format/limits';
import { useEditor, useEditorActions } from '../../store/editor-context';
import type { AutosaveStatus } from '../../persistence/autosave';
import { FindingsCounts } from '../../panels/findings/FindingsCounts';
import { FindingsToggle } from '../../panels/findings/FindingsToggle';
import { OutlineToggle } from '../../panels/outline/OutlineToggle';
import { ExportMenu } from '../../export/ExportMenu';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { isImeComposing } from '../../ui/ime';
import { FacilitationControls } from './FacilitationControls';
import type { Theme } from '../../ui/theme';
import { PresentButton } from '../../present/PresentButton';
import { DisplayControls } from './DisplayControls';
import { FocusControls } from './FocusControls';
import { LayoutChooser } from './LayoutChooser';

interface EditorHeaderProps {
  saveStatus: AutosaveStatus;
  onHome: () => void;
  onOpenEvidence: () => void;
  onShowKeys: () => void;
  theme: Theme;
  onToggleTheme: () => void;
}

export function EditorHeader({ saveStatus, onHome, onOpenEvidence, onShowKeys, theme, onToggleTheme }: EditorHeaderProps) {
  const title = useEditor((state) => state.doc.meta.title);
  const evidenceCount = useEditor((state) => Object.keys(state.doc.evidence).length);
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const actions = useEditorActions();

  return (
    <header className="app-header" data-region="header" tabIndex={-1} aria-label="Editor toolbar">
      <h1 className="visually-hidden">{title || 'Untitled tree'}</h1>
      <button type="button" className="btn btn-ghost" data-testid="home" onClick={onHome} title="All trees">
        ← Trees
      </button>
      <label className="visually-hidden" htmlFor="tree-title">
        Tree title
      </label>
      <input
        id="tree-title"
        className="tree-title-input"
        data-testid="tree-title"
        dir="auto"
        value={title}
        maxLength={MAX_TITLE_LENGTH}
        onChange={(event) => actions.setTreeTitle(event.target.value)}
        onKeyDown={(event) => {
          if (isImeComposing(event)) return;
          if (event.key === 'Enter' || event.key === 'Escape') event.currentTarget.blur();
        }}
      />
      <SaveStatusIndicator status={saveStatus} />
      <div className="header-spacer" />
      <FindingsCounts />
      <div className="header-group header-workshop" role="group" aria-label="Workshop">
        <LayoutChooser />
        <FocusControls />
        <DisplayControls />
        <PresentButton />
      </div>
      <FacilitationControls />
      <div className="header-group" role="group" aria-label="History">
        <button type="button" className="btn" disabled={!canUndo} onClick={() => actions.undo()} title="Undo (Ctrl+Z)" aria-label="Undo" data-testid="undo">
          ↶ <span className="btn-label">Undo</span>
        </button>
        <button type="button" className="btn" disabled={!canRedo} onClick={() => actions.redo()} title="Redo (Ctrl+Shift+Z)" aria-label="Redo" data-testid="redo">
          ↷ <span className="btn-label">Redo</span>
        </button>
      </div>
      <button type="button" className="btn" onClick={onOpenEvidence} data-testid="open-evidence">
        Evidence ({evidenceCount})
      </button>
      <OutlineToggle />
      <FindingsToggle />
      <ExportMenu />
      <button type="button" className="btn btn-ghost" onClick={onShowKeys} title="Keyboard shortcuts" aria-label="Keyboard shortcuts">
        ⌨
      </button>
      <button type="button" className="btn btn-ghost" onClick={onToggleTheme} aria-label={`Switch to ${theme === 'light' ? 'dark' : 'light'} theme`} title="Light / dark theme">
        {theme === 'light' ? '☾' : '☀'}
      </button>
    </header>
  );
}
