import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { isImeComposing } from './ime';
import { useReturnFocus } from './use-return-focus';
import './modal.css';

interface ModalProps {
  titleId: string;
  onClose: () => void;
  children: ReactNode;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A dialog over a dimmed page: a click outside or Esc closes it and focus goes back to what opened
 * it; Tab and Shift+Tab stay inside; keys inside never reach the canvas.
 */
export function Modal({ titleId, onClose, children }: ModalProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useReturnFocus();

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (isImeComposing(event)) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        {children}
      </div>
    </div>
  );
}
