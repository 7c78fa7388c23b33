import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useInspectorFocus } from '../../panels/inspector/inspector-focus';
import { useKeyboardHelpUi } from '../../ui/keyboard-help-ui';
import { EditorStoreProvider } from '../../store/editor-context';
import { exportTreeJson } from '../../export/export-actions';
import type { Theme } from '../../ui/theme';
import { navigateTo, treeHref } from '../use-hash-route';
import { EditorBody } from './EditorBody';
import { EditorHeader } from './EditorHeader';
import { ImportReportBanner } from './ImportReportBanner';
import { LostEditsBanner } from './LostEditsBanner';
import { SaveErrorBanner } from './SaveStatusIndicator';
import { useOpenTree } from './use-open-tree';
import { useRegionKeys } from './use-region-keys';
import { TimerDisplay } from '../../ui/timer/TimerDisplay';
import { useWorkshopKeys } from './use-workshop-keys';
import { usePresent } from '../../present/present-store';
import { formDraftKeys } from '../../ui/form-drafts';
import { EVIDENCE_LIBRARY_DRAFTS } from '../../panels/evidence/evidence-form-drafts';

// Present mode is loaded on first use: most sessions never present.
const PresentMode = lazy(() => import('../../present/PresentMode'));
// Not needed for the editor's first paint: loaded the first time the help is opened.
const KeyboardHelp = lazy(() => import('./KeyboardHelp').then((module) => ({ default: module.KeyboardHelp })));

interface EditorScreenProps {
  treeId: string;
  theme: Theme;
  onToggleTheme: () => void;
}

export function EditorScreen({ treeId, theme, onToggleTheme }: EditorScreenProps) {
  // A tree just created from the library opens with its outcome in edit mode, once: a reload
  // must not start editing again, so the marker leaves the URL right away.
  const [startEditingRoot] = useState(() => window.location.hash.endsWith('?new'));
  useEffect(() => {
    if (window.location.hash.endsWith('?new')) window.history.replaceState(null, '', treeHref(treeId));
  }, [treeId]);
  const { openTree, saveStatus, lostEdits, dismissLostEdit } = useOpenTree(treeId, startEditingRoot);
  // Evidence typed in the library drawer and not yet added opens the drawer again (ui/form-drafts.ts).
  const [evidenceOpen, setEvidenceOpen] = useState(() => formDraftKeys(treeId, EVIDENCE_LIBRARY_DRAFTS).length > 0);
  const openEvidence = useCallback(() => setEvidenceOpen(true), []);
  const closeEvidence = useCallback(() => setEvidenceOpen(false), []);
  const keysOpen = useKeyboardHelpUi((state) => state.open);
  const setKeysOpen = useKeyboardHelpUi((state) => state.setOpen);
  useRegionKeys();
  const inspect = useCallback((nodeId: string) => useInspectorFocus.getState().requestFocus(nodeId, 'title'), []);
  const goHome = useCallback(() => navigateTo('#/'), []);
  const presenting = usePresent((state) => state.presenting);
  useWorkshopKeys();
  // Leaving the tree (or a tree that failed to open) ends a presentation.
  useEffect(() => () => usePresent.getState().leave(), [treeId]);

  if (openTree.state === 'loading') return <div className="screen-message">Opening tree…</div>;
  if (openTree.state === 'missing' || openTree.state === 'failed') {
    return (
      <div className="screen-message" role="alert">
        <p>{openTree.state === 'missing' ? 'This tree does not exist any more (it may have been deleted in another tab).' : `The tree could not be opened: ${openTree.message}`}</p>
        <button type="button" className="btn btn-primary" data-testid="home" onClick={goHome}>
          Back to all trees
        </button>
      </div>
    );
  }

  const { store } = openTree;
  return (
    <EditorStoreProvider store={store}>
      <div className="editor-screen" data-testid="editor">
        <EditorHeader
          saveStatus={saveStatus}
          onHome={goHome}
          onOpenEvidence={openEvidence}
          onShowKeys={() => setKeysOpen(true)}
          theme={theme}
          onToggleTheme={onToggleTheme}
        />
        <SaveErrorBanner status={saveStatus} onExport={() => exportTreeJson(store.getState().doc)} />
        <ImportReportBanner treeId={treeId} />
        <LostEditsBanner lostEdits={lostEdits} onDismiss={dismissLostEdit} />
        <EditorBody onInspect={inspect} evidenceOpen={evidenceOpen} onOpenEvidence={openEvidence} onCloseEvidence={closeEvidence} />
        {presenting && (
          <Suspense fallback={null}>
            <PresentMode timer={<TimerDisplay />} />
          </Suspense>
        )}
        {keysOpen && (
          <Suspense fallback={null}>
            <KeyboardHelp onClose={() => setKeysOpen(false)} />
          </Suspense>
        )}
      </div>
    </EditorStoreProvider>
  );
}
