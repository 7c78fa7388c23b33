import { isImeComposing } from '../../ui/ime';
import { useEffect } from 'react';
import { useEditorStoreApi } from '../../store/editor-context';
import { isCanvasContext, isEditableTarget } from '../keyboard/is-editable-target';
import { voteCommandForKey } from './vote-keys';
import { useVotingUi } from './voting-ui-store';

/** The voting keys (vote-keys.ts), active like every canvas key: only while the canvas has focus. */
export function useVoteKeyboard(): void {
  const store = useEditorStoreApi();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isImeComposing(event) || isEditableTarget(event.target) || !isCanvasContext(event.target)) return;
      // Presenting, nothing changes the tree.
      if (store.getState().readOnly) return;
      const command = voteCommandForKey(event);
      if (!command) return;
      event.preventDefault();
      const { selectedId, actions } = store.getState();
      switch (command) {
        case 'start':
          useVotingUi.getState().openStartDialog();
          return;
        case 'place-dot':
          if (selectedId) actions.placeDot(selectedId);
          return;
        case 'take-back':
          actions.takeBackDot(selectedId ?? undefined);
          return;
        case 'next-voter':
          actions.nextVoter();
          return;
        case 'reveal':
          actions.revealVoteRound();
          return;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
