import { useEffect, useRef, type KeyboardEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../domain/file-format/limits';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { isImeComposing } from '../../ui/ime';
import { focusCanvas } from '../focus-canvas';

/**
 * Inline title editing. Every keystroke goes to the store (so badges update live and a reload
 * right after typing keeps the text); the edit session is one undo step. Enter or Esc keeps the
 * text; a node just added and left empty is taken back. Keys of an input method composition
 * (confirming a candidate) only ever go to the IME.
 */
export function NodeTitleEditor({ nodeId }: { nodeId: string }) {
  const title = useEditor((state) => state.doc.nodes[nodeId]?.title ?? '');
  const actions = useEditorActions();
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const textarea = ref.current;
    if (!textarea) return;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  function leave() {
    actions.finishEditing();
    focusCanvas();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Keys typed here belong to the text, not to the canvas shortcuts.
    event.stopPropagation();
    if (isImeComposing(event)) return;
    const mod = event.ctrlKey || event.metaKey;
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Escape') {
      event.preventDefault();
      leave();
    } else if (event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      actions.stopEditing();
      actions.addChild(nodeId);
    } else if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      // Undo on a new node left empty takes the node back; that is the undo.
      const removed = actions.finishEditing();
      if (!removed) {
        if (event.shiftKey) actions.redo();
        else actions.undo();
      }
      focusCanvas();
    }
  }

  return (
    <textarea
      ref={ref}
      className="ost-node-title-editor nodrag nowheel nopan"
      aria-label="Title"
      dir="auto"
      value={title}
      rows={1}
      maxLength={MAX_TITLE_LENGTH}
      spellCheck
      onChange={(event) => actions.setTitle(nodeId, event.target.value.replace(/\n/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => {
        if (document.hasFocus()) actions.finishEditing();
      }}
    />
  );
}
