import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MAX_TITLE_LENGTH } from '../../domain/file-format/limits';
import { useEditorActions } from '../../store/editor-context';
import { registerDraft } from '../../ui/draft-registry';
import { isImeComposing } from '../../ui/ime';

interface OutlineTitleEditorProps {
  nodeId: string;
  title: string;
  /** Called once editing ends; focus goes back to the row. */
  onDone(): void;
}

/**
 * The title edited in place in the outline. Enter, Esc or leaving the field keeps the text (one undo
 * step); keys that confirm an input method candidate stay with the IME.
 */
export function OutlineTitleEditor({ nodeId, title, onDone }: OutlineTitleEditorProps) {
  const actions = useEditorActions();
  const [text, setText] = useState(title);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  const latest = useRef(text);
  latest.current = text;

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  // A reload or a closed tab while typing keeps the text: the page commits every draft before it
  // journals what is unsaved (ui/draft-registry.ts).
  useEffect(
    () =>
      registerDraft(() => {
        if (!done.current && latest.current !== title) actions.updateNode(nodeId, { title: latest.current }, 'Edit title');
      }),
    [actions, nodeId, title],
  );

  function finish() {
    if (done.current) return;
    done.current = true;
    if (text !== title) actions.updateNode(nodeId, { title: text }, 'Edit title');
    onDone();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keys typed here belong to the text, not to the tree's navigation.
    event.stopPropagation();
    if (isImeComposing(event)) return;
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      finish();
    }
  }

  return (
    <input
      ref={ref}
      className="outline-title-editor"
      aria-label="Title"
      dir="auto"
      value={text}
      maxLength={MAX_TITLE_LENGTH}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={finish}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
