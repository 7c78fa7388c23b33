import { useEffect, useRef, useState } from 'react';
import { useEditor, useEditorStoreApi } from '../../store/editor-context';
import { findingsForNode } from '../../store/derived/findings';
import { parseCountsKey, selectCountsKey } from '../findings/finding-counts-key';
import { SEVERITIES, severityCount } from '../findings/severity-display';
import { selectionSentence } from './selection-sentence';

/** Findings are announced only once typing has paused this long, never per keystroke. */
export const FINDINGS_ANNOUNCE_DELAY_MS = 1500;

/**
 * Two polite live regions: the node the selection moved to on the canvas (kind, title, level,
 * findings), and — debounced — the validator's new totals when they change.
 */
export function Announcer() {
  const store = useEditorStoreApi();
  const selectedId = useEditor((state) => state.selectedId);
  const countsKey = useEditor(selectCountsKey);
  // Every change restarts the wait, so totals are spoken after typing pauses, not mid-word.
  const checkedDoc = useEditor((state) => state.checkedDoc);
  const [selection, setSelection] = useState('');
  const [findings, setFindings] = useState('');
  const lastCounts = useRef(countsKey);

  useEffect(() => {
    // Only when the canvas has the keys: the outline's rows and the inspector speak for themselves.
    const active = document.activeElement;
    if (!selectedId || !(active instanceof HTMLElement) || !active.closest('[data-region="canvas"]')) return;
    const { doc, checkedDoc } = store.getState();
    setSelection(selectionSentence(doc, selectedId, findingsForNode(checkedDoc, selectedId).length));
  }, [selectedId, store]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (countsKey === lastCounts.current) return;
      lastCounts.current = countsKey;
      const counts = parseCountsKey(countsKey);
      const bySeverity = { error: counts.errors, warning: counts.warnings, info: counts.infos };
      setFindings(`Findings now: ${SEVERITIES.map((severity) => severityCount(severity, bySeverity[severity])).join(', ')}.`);
    }, FINDINGS_ANNOUNCE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [countsKey, checkedDoc]);

  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="selection-announcer">
        {selection}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-testid="findings-announcer">
        {findings}
      </div>
    </>
  );
}
