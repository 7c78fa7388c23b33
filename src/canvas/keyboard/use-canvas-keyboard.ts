import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { TreeLayout } from '../../domain/layout';
import { neighbour } from '../../domain/navigation';
import { rootOf } from '../../domain/tree-index';
import { useEditorStoreApi } from '../../store/editor-context';
import { isImeComposing } from '../../ui/ime';
import { useKeyboardHelpUi } from '../../ui/keyboard-help-ui';
import { useCanvasUi } from '../canvas-ui-store';
import { commandForKey, type KeyCommand } from './keymap';
import { isCanvasContext, isEditableTarget, isInDialog } from './is-editable-target';
import { runMove } from './run-move';
import { runViewCommand } from '../view-commands';

/** Commands that belong to the whole editor, so they work from any control outside a text field. */
const EDITOR_WIDE = new Set<KeyCommand['type']>(['undo', 'redo', 'search', 'help']);

export interface CanvasKeyboardOptions {
  layout: TreeLayout;
  fitAll: () => void;
  /** Alt+Enter: take focus into the selected node's inspector. */
  onInspect?: (nodeId: string) => void;
}

/**
 * The keyboard map of DESIGN.md. Canvas keys act only while the canvas (or a node in it) has focus;
 * undo, redo, search and help act from anywhere outside a text field or dialog. No key that belongs
 * to an input method composition does anything.
 */
export function useCanvasKeyboard({ layout, fitAll, onInspect }: CanvasKeyboardOptions): void {
  const store = useEditorStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Presenting, the tree is read-only and the presentation has the keys.
      if (event.defaultPrevented || store.getState().readOnly) return;
      if (isImeComposing(event) || isEditableTarget(event.target) || isInDialog(event.target)) return;
      const command = commandForKey(event);
      if (!command) return;
      if (!EDITOR_WIDE.has(command.type) && !isCanvasContext(event.target)) return;

      const { doc, selectedId, actions } = store.getState();
      const selected = selectedId && doc.nodes[selectedId] ? selectedId : null;
      event.preventDefault();
      switch (command.type) {
        case 'undo':
          actions.undo();
          return;
        case 'redo':
          actions.redo();
          return;
        case 'search':
          useCanvasUi.getState().openSearch();
          return;
        case 'help':
          useKeyboardHelpUi.getState().setOpen(true);
          return;
        case 'fit-view':
          fitAll();
          return;
        case 'deselect':
          actions.select(null);
          return;
        case 'view':
          runViewCommand(command.command, store, selected);
          return;
      }
      if (!selected) {
        // With nothing selected, any navigation key starts at the outcome.
        const root = rootOf(doc);
        if (root) actions.select(root.id);
        return;
      }
      switch (command.type) {
        case 'add-child':
          actions.addChild(selected, command.kind);
          return;
        case 'add-sibling':
          actions.addSibling(selected);
          return;
        case 'edit':
          actions.startEditing(selected);
          if (command.initialText !== undefined) actions.setTitle(selected, command.initialText);
          return;
        case 'inspect':
          onInspect?.(selected);
          return;
        case 'navigate': {
          const next = neighbour(doc, layout, selected, command.direction);
          if (next) actions.select(next);
          return;
        }
        case 'move':
          runMove(doc, actions, selected, command.direction);
          return;
        case 'delete':
          actions.deleteSubtree(selected);
          return;
        case 'toggle-collapse':
          actions.toggleCollapsed(selected);
          return;
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store, flow, layout, fitAll, onInspect]);
}
