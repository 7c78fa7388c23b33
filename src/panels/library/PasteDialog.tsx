import { useState } from 'react';
import { Modal } from '../../ui/Modal';

/** A place to paste a tree's JSON (e.g. from a chat or a document) and import it. */
export function PasteDialog({ onImport, onClose }: { onImport: (text: string) => void; onClose: () => void }) {
  const [text, setText] = useState('');
  return (
    <Modal titleId="paste-title" onClose={onClose}>
      <h2 id="paste-title">Paste a tree</h2>
      <p>Paste the contents of an exported .ost.json file (or a backup). It becomes a new tree.</p>
      <textarea
        className="paste-area"
        data-testid="paste-json"
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-label="Tree JSON"
        rows={10}
      />
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={!text.trim()} onClick={() => onImport(text)} data-testid="paste-import">
          Import
        </button>
      </div>
    </Modal>
  );
}
