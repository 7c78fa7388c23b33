import { useId, type KeyboardEvent, type Ref } from 'react';
import { MAX_TEXT_LENGTH, MAX_TITLE_LENGTH } from '../../domain/file-format/limits';
import { useEditorActions } from '../../store/editor-context';
import { isImeComposing } from '../../ui/ime';
import { focusRegion } from '../../ui/regions';
import { useDraftField } from './use-draft-field';

interface DraftTextFieldProps {
  label: string;
  value: string;
  /** Writes the text; returns an error message to refuse it (the draft stays), or null. */
  onCommit(text: string): string | null;
  /** 'line' is an input; 'title' a wrapping textarea where Enter commits; 'text' a textarea. */
  variant?: 'line' | 'title' | 'text';
  inputMode?: 'text' | 'decimal' | 'numeric';
  placeholder?: string;
  hint?: string;
  inputRef?: Ref<HTMLInputElement & HTMLTextAreaElement>;
  className?: string;
}

/** A labelled text field over a stored value, written as one undo step per edit (see useDraftField). */
export function DraftTextField({ label, value, onCommit, variant = 'line', inputMode, placeholder, hint, inputRef, className }: DraftTextFieldProps) {
  const id = useId();
  const field = useDraftField(value, onCommit);
  const actions = useEditorActions();
  const describedBy = [hint ? `${id}-hint` : '', field.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) {
    // The Enter or Esc that confirms or cancels an input method candidate belongs to the IME.
    if (isImeComposing(event)) return;
    if (event.key === 'Escape') {
      // Keep what was typed, and go back to the node on the canvas.
      event.preventDefault();
      event.stopPropagation();
      field.commit();
      focusRegion('canvas');
      return;
    }
    const commitKey = event.key === 'Enter' && (variant !== 'text' || event.ctrlKey || event.metaKey);
    if (!commitKey) return;
    event.preventDefault();
    field.commit();
  }

  const shared = {
    id,
    ref: inputRef,
    value: field.text,
    // Each field is laid out in the direction of its own text (Hebrew, Arabic, or mixed).
    dir: 'auto' as const,
    placeholder,
    inputMode,
    'aria-invalid': field.error ? true : undefined,
    'aria-describedby': describedBy,
    // One focus session is one undo step, however many pauses the typing had.
    onFocus: () => actions.beginFieldEdit(id),
    onBlur: () => {
      field.commit();
      actions.endFieldEdit();
    },
    onKeyDown,
    // The same caps as the file format, so every tree the editor saves can be exported and re-imported.
    maxLength: variant === 'text' ? MAX_TEXT_LENGTH : MAX_TITLE_LENGTH,
  };

  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      {variant === 'line' ? (
        <input {...shared} onChange={(event) => field.change(event.target.value)} />
      ) : (
        <textarea
          {...shared}
          rows={variant === 'title' ? 2 : 3}
          // A title is one line: pasted line breaks become spaces.
          onChange={(event) => field.change(variant === 'title' ? event.target.value.replace(/\s*[\r\n]+\s*/g, ' ') : event.target.value)}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-note">
          {hint}
        </p>
      )}
      {field.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {field.error}
        </p>
      )}
    </div>
  );
}
