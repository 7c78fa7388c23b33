import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import type { TreeLayout } from '../../domain/layout';
import { neighbour } from '../../domain/navigation';
import { rootOf } from '../../domain/tree-index';
import { useEditorStoreApi } from '../../store/editor-context';
import { useCanvasUi } from '../canvas-ui-store';
import { commandForKey } from './keymap';
import { isCanvasContext, isEditableTarget } from './is-editable-target';
import { runMove } from './run-move';
import { runViewCommand } from '../view-commands';

/** The keyboard map of DESIGN.md, active whenever focus is on the canvas or the page. */
export function useCanvasKeyboard(layout: TreeLayout, fitAll: () => void): void {
  const store = useEditorStoreApi();
  const flow = useReactFlow();

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // Presenting, the tree is read-only and the presentation has the keys.
      if (event.defaultPrevented || isEditableTarget(event.target) || store.getState().readOnly) return;
      const command = commandForKey(event);
      if (!command) return;
      const global = command.type === 'undo' || command.type === 'redo' || command.type === 'search';
      if (!global && !isCanvasContext(event.target)) return;
      if (event.target instanceof HTMLElement && event.target.closest('[role="dialog"]')) return;

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
  }, [store, flow, layout, fitAll]);
}
