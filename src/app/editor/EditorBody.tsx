import { memo } from 'react';
import { TreeCanvas } from '../../canvas/TreeCanvas';
import { Announcer } from '../../panels/announcements/Announcer';
import { EvidenceLibraryDrawer } from '../../panels/evidence/EvidenceLibraryDrawer';
import { FindingsPanel } from '../../panels/findings/FindingsPanel';
import { useFindingsUi } from '../../panels/findings/findings-ui';
import { Inspector } from '../../panels/inspector/Inspector';
import { OutlinePanel } from '../../panels/outline/OutlinePanel';
import { useOutlineUi } from '../../panels/outline/outline-ui';
import { NoticeToast } from './NoticeToast';
import { useSidePanel } from './side-panel';

interface EditorBodyProps {
  /** Alt+Enter on a node: take focus into its inspector. */
  onInspect: (nodeId: string) => void;
  evidenceOpen: boolean;
  onOpenEvidence: () => void;
  onCloseEvidence: () => void;
}

/**
 * Outline, canvas and side panel of the open tree. Memoised with stable callbacks, so the screen's
 * own renders (the save status changes several times a second while typing) never re-render the
 * canvas, the inspector or hundreds of findings.
 */
export const EditorBody = memo(function EditorBody({ onInspect, evidenceOpen, onOpenEvidence, onCloseEvidence }: EditorBodyProps) {
  const outlineOpen = useOutlineUi((state) => state.open);
  const findingsOpen = useFindingsUi((state) => state.open);
  const sidePanelOpen = useSidePanel((state) => state.open);
  return (
    <div className="editor-body">
      {outlineOpen && <OutlinePanel />}
      <main className="editor-canvas">
        <TreeCanvas onInspect={onInspect} />
        <EvidenceLibraryDrawer open={evidenceOpen} onClose={onCloseEvidence} />
        <NoticeToast />
        <Announcer />
      </main>
      {sidePanelOpen && (
        <aside className="editor-sidebar" aria-label="Inspector and findings" data-testid="side-panel" data-region="side-panel" tabIndex={-1}>
          <Inspector />
          {findingsOpen && <FindingsPanel onShowEvidence={onOpenEvidence} />}
        </aside>
      )}
    </div>
  );
});
