import { useLayoutEffect, useRef, useState } from 'react';
import type { Evidence } from '../../domain/types';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { EvidenceTags } from '../evidence/EvidenceTags';
import { EvidenceUrl } from '../evidence/EvidenceUrl';

const NO_IDS: string[] = [];

/** The evidence behind an opportunity or solution: what is linked, and a picker to link more. */
export function EvidenceSection({ nodeId }: { nodeId: string }) {
  const linkedIds = useEditor((state) => state.doc.nodes[nodeId]?.evidenceIds ?? NO_IDS);
  const evidence = useEditor((state) => state.doc.evidence);
  const actions = useEditorActions();
  const linked = linkedIds.map((id) => evidence[id]).filter((item): item is Evidence => item !== undefined);
  const firstHand = linked.filter((item) => item.firstHand).length;
  const section = useRef<HTMLElement>(null);
  // After an unlink, focus goes to the Unlink button now at that place in the list (or the one
  // before it, or the picker), never to <body>.
  const [focusAfterUnlink, setFocusAfterUnlink] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (focusAfterUnlink === null || !section.current) return;
    setFocusAfterUnlink(null);
    const buttons = section.current.querySelectorAll<HTMLElement>('[data-unlink]');
    const next = buttons[Math.min(focusAfterUnlink, buttons.length - 1)] ?? section.current.querySelector<HTMLElement>('.evidence-picker input, .evidence-picker button');
    next?.focus();
  }, [focusAfterUnlink]);

  return (
    <section ref={section} className="inspector-section" aria-labelledby={`evidence-heading-${nodeId}`}>
      <h3 id={`evidence-heading-${nodeId}`}>
        Evidence{' '}
        <span className="muted">
          {linked.length === 0 ? '— none linked' : `— ${linked.length} linked, ${firstHand} first-hand`}
        </span>
      </h3>
      {linked.length > 0 && (
        <ul className="linked-evidence" aria-label="Linked evidence">
          {linked.map((item, index) => (
            <li key={item.id} data-evidence-id={item.id}>
              <div className="linked-evidence-text">
                <EvidenceTags item={item} />
                <span className="evidence-summary" dir="auto">{item.summary}</span>
                {item.url && <EvidenceUrl url={item.url} />}
              </div>
              <button
                type="button"
                className="btn btn-ghost"
                data-unlink
                onClick={() => {
                  if (actions.unlinkEvidence(nodeId, item.id)) setFocusAfterUnlink(index);
                }}
                aria-label={`Unlink “${item.summary}”`}
                title="Unlink (the evidence stays in the library)"
              >
                Unlink
              </button>
            </li>
          ))}
        </ul>
      )}
      <EvidencePicker nodeId={nodeId} />
    </section>
  );
}
