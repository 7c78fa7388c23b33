import type { ReactNode } from 'react';
import './modal.css';

interface ModalProps {
  titleId: string;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog over a dimmed page: a click outside or Esc closes it; keys inside stay inside. */
export function Modal({ titleId, onClose, children }: ModalProps) {
  return (
    <div className="modal-backdrop" onClick={onClose}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
