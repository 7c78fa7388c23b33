import { useState } from 'react';
import { formDraftKeys } from '../../ui/form-drafts';
import { EVIDENCE_LIBRARY_DRAFTS } from './evidence-form-drafts';
import { KindIcon } from '../../ui/KindIcon';
import { KIND_LABEL } from '../../domain/kinds';
import type { Evidence, OstNode } from '../../domain/types';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { draftFromEvidence, evidenceFieldsFromDraft } from './evidence-draft';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceTags } from './EvidenceTags';
import { EvidenceUrl } from './EvidenceUrl';

interface EvidenceLibraryItemProps {
  item: Evidence;
  /** The nodes that link this item. */
  usedBy: readonly OstNode[];
  onDelete(item: Evidence): void;
}

function usageText(count: number): string {
  if (count === 0) return 'Not linked to any node';
  return `Used by ${count} ${count === 1 ? 'node' : 'nodes'}`;
}

function nodeLabel(node: OstNode): string {
  return node.title.trim() === '' ? `Untitled ${node.kind}` : node.title;
}

/** One evidence item in the library: read it, edit it in place, or delete it (saying where it is used). */
export function EvidenceLibraryItem({ item, usedBy, onDelete }: EvidenceLibraryItemProps) {
  const actions = useEditorActions();
  const treeId = useEditor((state) => state.doc.meta.id);
  const draftKey = `${EVIDENCE_LIBRARY_DRAFTS}edit:${item.id}`;
  // An edit typed before a reload (or before the drawer was closed) opens again with its text.
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm-delete'>(() =>
    formDraftKeys(treeId, draftKey).includes(draftKey) ? 'edit' : 'view',
  );

  if (mode === 'edit') {
    return (
      <li className="evidence-item is-editing" data-evidence-id={item.id}>
        <EvidenceForm
          title={`Edit evidence “${item.summary}”`}
          initial={draftFromEvidence(item)}
          submitLabel="Save"
          journal={{ scope: treeId, key: draftKey }}
          onSubmit={(draft) => {
            const saved = Boolean(actions.updateEvidence(item.id, evidenceFieldsFromDraft(draft)));
            if (saved) setMode('view');
            return saved;
          }}
          onCancel={() => setMode('view')}
        />
      </li>
    );
  }

  return (
    <li className="evidence-item" data-evidence-id={item.id}>
      <div className="evidence-item-head">
        <EvidenceTags item={item} />
        {item.date && <span className="muted">{item.date}</span>}
      </div>
      <p className="evidence-summary" dir="auto">{item.summary || <span className="muted">No summary</span>}</p>
      {item.quote && <blockquote>“{item.quote}”</blockquote>}
      {item.source && <p className="muted">Source: {item.source}</p>}
      {item.url && <EvidenceUrl url={item.url} />}
      <p className="evidence-usage" title={usedBy.map(nodeLabel).join('\n')}>
        {usageText(usedBy.length)}
      </p>
      {mode === 'confirm-delete' ? (
        <div className="confirm-delete" role="group" aria-label="Confirm deleting this evidence">
          <p>
            Delete this evidence? It is linked to {usedBy.length === 1 ? 'this node' : `these ${usedBy.length} nodes`}, and
            deleting removes the {usedBy.length === 1 ? 'link' : 'links'} too:
          </p>
          <ul className="usage-list">
            {usedBy.map((node) => (
              <li key={node.id} className={`kind-${node.kind}`}>
                <KindIcon kind={node.kind} />
                <span>
                  {KIND_LABEL[node.kind]}: {nodeLabel(node)}
                </span>
              </li>
            ))}
          </ul>
          <div className="form-actions">
            <button type="button" className="btn btn-danger" onClick={() => onDelete(item)}>
              Delete evidence
            </button>
            <button type="button" className="btn" autoFocus onClick={() => setMode('view')}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="item-actions">
          <button type="button" className="btn" onClick={() => setMode('edit')} aria-label={`Edit “${item.summary}”`}>
            Edit
          </button>
          <button
            type="button"
            className="btn btn-danger"
            aria-label={`Delete “${item.summary}”`}
            onClick={() => (usedBy.length === 0 ? onDelete(item) : setMode('confirm-delete'))}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
