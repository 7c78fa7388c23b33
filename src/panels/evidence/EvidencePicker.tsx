import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { useInspectorFocus } from '../inspector/inspector-focus';
import { emptyEvidenceDraft, evidenceFieldsFromDraft, withoutEmptyFields } from './evidence-draft';
import { filterEvidence } from './evidence-search';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceTags } from './EvidenceTags';
import { formDraftKeys } from '../../ui/form-drafts';
import '../panels.css';
import '../inspector/inspector.css';
import './evidence.css';

const MAX_RESULTS = 8;

/** Finds evidence already in the tree and links it to a node, or records new evidence and links it. */
export function EvidencePicker({ nodeId }: { nodeId: string }) {
  const id = useId();
  const evidence = useEditor((state) => state.doc.evidence);
  const linkedIds = useEditor((state) => state.doc.nodes[nodeId]?.evidenceIds);
  const actions = useEditorActions();
  const treeId = useEditor((state) => state.doc.meta.id);
  const draftKey = `evidence-picker:${nodeId}`;
  const [query, setQuery] = useState('');
  // New evidence typed here before a reload (or before leaving the node) opens again with its text.
  const [creating, setCreating] = useState(() => formDraftKeys(treeId, draftKey).includes(draftKey));
  const searchRef = useRef<HTMLInputElement>(null);
  const newButtonRef = useRef<HTMLButtonElement>(null);

  const candidates = useMemo(() => {
    const linked = new Set(linkedIds ?? []);
    return Object.values(evidence).filter((item) => !linked.has(item.id));
  }, [evidence, linkedIds]);
  const matches = filterEvidence(candidates, query, 'all');
  const shown = matches.slice(0, MAX_RESULTS);

  // A "Link evidence…" fix lands here: search when there is evidence to link, else start a new item.
  const request = useInspectorFocus((state) => state.request);
  useEffect(() => {
    if (!request || request.nodeId !== nodeId || request.field !== 'evidence-picker') return;
    useInspectorFocus.getState().clear();
    if (candidates.length === 0) {
      setCreating(true);
      return;
    }
    const search = searchRef.current;
    search?.focus();
    if (search && typeof search.scrollIntoView === 'function') search.scrollIntoView({ block: 'nearest' });
  }, [request, nodeId, candidates.length]);

  // Closing the form hands focus back to the button that opened it.
  const wasCreating = useRef(false);
  useEffect(() => {
    if (wasCreating.current && !creating) newButtonRef.current?.focus();
    wasCreating.current = creating;
  }, [creating]);

  // After a link, focus stays in the picker: on its search, or (when nothing is left to link and the
  // search is gone) on "New evidence…".
  const [focusAfterLink, setFocusAfterLink] = useState(0);
  useLayoutEffect(() => {
    if (focusAfterLink === 0) return;
    (searchRef.current ?? newButtonRef.current)?.focus();
  }, [focusAfterLink]);

  function link(evidenceId: string) {
    if (actions.linkEvidence(nodeId, evidenceId)) setFocusAfterLink((count) => count + 1);
  }

  return (
    <div className="evidence-picker" data-testid="evidence-picker">
      {candidates.length > 0 && (
        <>
          <label htmlFor={`${id}-search`}>Link evidence already in this tree</label>
          <input
            id={`${id}-search`}
            ref={searchRef}
            type="search"
            dir="auto"
            placeholder="Search summary, quote, source"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          {shown.length === 0 ? (
            <p className="muted">Nothing matches “{query.trim()}”.</p>
          ) : (
            <ul className="picker-results" aria-label="Evidence you can link">
              {shown.map((item) => (
                <li key={item.id} data-evidence-id={item.id}>
                  <div className="picker-result-text">
                    <EvidenceTags item={item} />
                    <span className="evidence-summary" dir="auto">{item.summary}</span>
                  </div>
                  <button type="button" className="btn" onClick={() => link(item.id)} aria-label={`Link “${item.summary}”`}>
                    Link
                  </button>
                </li>
              ))}
            </ul>
          )}
          {matches.length > shown.length && (
            <p className="muted">{matches.length - shown.length} more — narrow the search to see them.</p>
          )}
        </>
      )}
      {creating ? (
        <EvidenceForm
          title="New evidence"
          initial={emptyEvidenceDraft()}
          submitLabel="Add and link"
          journal={{ scope: treeId, key: draftKey }}
          onSubmit={(draft) => {
            const added = actions.addEvidence(withoutEmptyFields(evidenceFieldsFromDraft(draft)), nodeId);
            if (added) setCreating(false);
            return Boolean(added);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <button type="button" className="btn" ref={newButtonRef} onClick={() => setCreating(true)}>
          New evidence…
        </button>
      )}
    </div>
  );
}
