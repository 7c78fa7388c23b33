import type { Apply } from './apply';
import type { EditorActions } from './editor-state';

type TreeSettingsActions = Pick<EditorActions, 'setTreeTitle' | 'setSilencedRules' | 'setLayout'>;

/**
 * Actions on the tree as a whole (its row in the library and its settings), each one undoable
 * step: renaming (typing coalesces into one step), the rules switched off, and the layout.
 */
export function createTreeSettingsActions(apply: Apply): TreeSettingsActions {
  return {
    setTreeTitle(title) {
      apply(
        (draft) => {
          draft.meta.title = title;
        },
        { label: 'Rename tree', coalesceKey: 'tree-title' },
      );
    },
    setSilencedRules(ruleIds) {
      apply(
        (draft) => {
          draft.meta.settings.silencedRules = [...ruleIds];
        },
        { label: 'Change rule settings' },
      );
    },
    setLayout(kind) {
      apply(
        (draft) => {
          draft.meta.settings.layout = kind;
        },
        { label: 'Change layout' },
      );
    },
  };
}
