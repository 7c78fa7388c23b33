import { IsolatedQuotes } from '../../ui/IsolatedQuotes';
import { useEffect } from 'react';
import { useEditor, useEditorActions } from '../../store/editor-context';

const VISIBLE_MS = 6000;

/** Shows why an action was refused (a move that breaks the kind rules, a status gate, …). */
export function NoticeToast() {
  const notice = useEditor((state) => state.notice);
  const actions = useEditorActions();

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => actions.dismissNotice(), VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [notice, actions]);

  if (!notice) return null;
  return (
    <div className={`notice-toast is-${notice.tone}`} role="status" data-testid="notice" data-tone={notice.tone}>
      <span>
        <IsolatedQuotes text={notice.message} />
      </span>
      <button type="button" className="btn btn-ghost" aria-label="Dismiss" onClick={() => actions.dismissNotice()}>
        ✕
      </button>
    </div>
  );
}
