import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EVIDENCE_KIND_LABEL, EVIDENCE_KINDS } from '../../domain/kinds';
import type { Evidence, EvidenceKind, OstNode } from '../../domain/types';
import { useEditor, useEditorActions, useEditorStoreApi } from '../../store/editor-context';
import type { HistoryEntry } from '../../store/history';
import { emptyEvidenceDraft, evidenceFieldsFromDraft, withoutEmptyFields } from './evidence-draft';
import { filterEvidence } from './evidence-search';
import { nodesUsingEvidence } from './evidence-usage-map';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceLibraryItem } from './EvidenceLibraryItem';
import { isImeComposing } from '../../ui/ime';
import { formDraftKeys } from '../../ui/form-drafts';
import { EVIDENCE_LIBRARY_DRAFTS } from './evidence-form-drafts';

const NEW_EVIDENCE_DRAFT = `${EVIDENCE_LIBRARY_DRAFTS}new`;
import '../panels.css';
import './evidence.css';

interface EvidenceLibraryDrawerProps {
  open: boolean;
  onClose(): void;
}

/** The tree's evidence library, in a drawer over the left of the canvas. Esc or ✕ closes it. */
export function EvidenceLibraryDrawer({ open, onClose }: EvidenceLibraryDrawerProps) {
  if (!open) return null;
  return <EvidenceLibrary onClose={onClose} />;
}

interface Deletion {
  summary: string;
  /** The history step the deletion made: Undo is offered only while it is still the latest. */
  entry: HistoryEntry | undefined;
}

function EvidenceLibrary({ onClose }: { onClose(): void }) {
  const id = useId();
  const doc = useEditor((state) => state.doc);
  const latestStep = useEditor((state) => state.past[state.past.length - 1]);
  const actions = useEditorActions();
  const store = useEditorStoreApi();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<EvidenceKind | 'all'>('all');
  const treeId = doc.meta.id;
  // New evidence typed here before a reload (or before the drawer was closed) opens again with its text.
  const [adding, setAdding] = useState(() => formDraftKeys(treeId, NEW_EVIDENCE_DRAFT).includes(NEW_EVIDENCE_DRAFT));
  const [deletion, setDeletion] = useState<Deletion | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // Focus moves into the drawer on open and back to where it was (the header button) on close.
  useEffect(() => {
    const previous = document.activeElement;
    searchRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
    };
  }, []);

  const all = Object.values(doc.evidence);
  const shown = filterEvidence(all, query, kind);
  const canUndoDeletion = deletion !== null && deletion.entry !== undefined && deletion.entry === latestStep;

  function usedBy(item: Evidence): OstNode[] {
    return nodesUsingEvidence(doc, item.id)
      .map((nodeId) => doc.nodes[nodeId])
      .filter((node): node is OstNode => node !== undefined);
  }

  function remove(item: Evidence) {
    if (!actions.deleteEvidence(item.id)) return;
    const past = store.getState().past;
    setDeletion({ summary: item.summary, entry: past[past.length - 1] });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || isImeComposing(event)) return;
    event.stopPropagation();
    event.preventDefault();
    onClose();
  }

  return (
    <section className="evidence-drawer" role="dialog" aria-labelledby={`${id}-title`} data-testid="evidence-library" onKeyDown={onKeyDown}>
      <div className="drawer-header">
        <h2 id={`${id}-title`}>Evidence library</h2>
        <span className="muted">{all.length === 1 ? '1 item' : `${all.length} items`}</span>
        <button type="button" className="btn btn-ghost drawer-close" aria-label="Close evidence library" onClick={onClose}>
          ✕
        </button>
      </div>
      <div className="drawer-toolbar">
        <div className="field">
          <label htmlFor={`${id}-search`}>Search</label>
          <input
            id={`${id}-search`}
            ref={searchRef}
            type="search"
            dir="auto"
            placeholder="Summary, quote or source"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as EvidenceKind | 'all')}>
            <option value="all">All kinds</option>
            {EVIDENCE_KINDS.map((value) => (
              <option key={value} value={value}>
                {EVIDENCE_KIND_LABEL[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {deletion && canUndoDeletion && (
        <div className="undo-bar" role="status">
          <span>Deleted “{deletion.summary}”.</span>
          <button
            type="button"
            className="btn"
            autoFocus
            onClick={() => {
              actions.undo();
              setDeletion(null);
              searchRef.current?.focus();
            }}
          >
            Undo
          </button>
        </div>
      )}
      {adding ? (
        <EvidenceForm
          title="New evidence"
          initial={emptyEvidenceDraft()}
          submitLabel="Add evidence"
          journal={{ scope: treeId, key: NEW_EVIDENCE_DRAFT }}
          onSubmit={(draft) => {
            const added = Boolean(actions.addEvidence(withoutEmptyFields(evidenceFieldsFromDraft(draft))));
            if (added) setAdding(false);
            return added;
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
          Add evidence
        </button>
      )}
      {all.length === 0 ? (
        <p className="muted">
          No evidence yet. Record what you heard in interviews and saw in observations or usability tests, then link it to the
          opportunities it speaks to.
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">No evidence matches this search.</p>
      ) : (
        <ul className="evidence-list" aria-label="Evidence">
          {shown.map((item) => (
            <EvidenceLibraryItem key={item.id} item={item} usedBy={usedBy(item)} onDelete={remove} />
          ))}
        </ul>
      )}
    </section>
  );
}
