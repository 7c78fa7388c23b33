import { useEffect, useRef } from 'react';
import { Modal } from '../../ui/Modal';
import { KEYBOARD_HELP } from './keyboard-help-rows';

export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  return (
    <Modal titleId="keyboard-help-title" onClose={onClose}>
      <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
      <table className="keyboard-help">
        <tbody>
          {KEYBOARD_HELP.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button ref={closeButton} type="button" className="btn btn-primary" onClick={onClose}>
        Close
      </button>
    </Modal>
  );
}
