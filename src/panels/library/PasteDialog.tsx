import { Modal } from '../../ui/Modal';
import { useJournalledForm } from '../../ui/use-journalled-form';

/** The form draft of the paste dialog (ui/form-drafts.ts): the library opens the dialog again while one is kept. */
export const PASTE_DRAFT = { scope: 'library', key: 'paste' } as const;

/**
 * A place to paste a tree's JSON (e.g. from a chat or a document) and import it. Text pasted and
 * not yet imported survives a reload; Import leaves it kept (the library forgets it once the import
 * succeeded), Cancel forgets it.
 */
export function PasteDialog({ onImport, onClose }: { onImport: (text: string) => void; onClose: () => void }) {
  const form = useJournalledForm(PASTE_DRAFT.scope, PASTE_DRAFT.key, () => '');
  const text = form.value;
  const setText = form.set;
  const close = () => {
    form.discard();
    onClose();
  };
  return (
    <Modal titleId="paste-title" onClose={close}>
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
        <button type="button" className="btn" onClick={close}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" disabled={!text.trim()} onClick={() => onImport(text)} data-testid="paste-import">
          Import
        </button>
      </div>
    </Modal>
  );
}
