import {
  addEvidence,
  deleteEvidence,
  linkEvidence,
  unlinkEvidence,
  updateEvidence,
} from '../domain/operations/evidence';
import type { Apply } from './apply';
import type { EditorActions } from './editor-state';

type EvidenceActions = Pick<EditorActions, 'addEvidence' | 'updateEvidence' | 'deleteEvidence' | 'linkEvidence' | 'unlinkEvidence'>;

/** The evidence library's actions; each is one undoable change of the open tree. */
export function createEvidenceActions(apply: Apply): EvidenceActions {
  return {
    addEvidence(fields, linkToNodeId) {
      const outcome = apply(
        (draft) => {
          const id = addEvidence(draft, fields);
          if (linkToNodeId) linkEvidence(draft, linkToNodeId, id);
          return id;
        },
        { label: 'Add evidence' },
      );
      return outcome.ok ? outcome.result : null;
    },
    updateEvidence(id, fields) {
      return apply((draft) => updateEvidence(draft, id, fields), { label: 'Edit evidence', coalesceKey: `evidence:${id}` }).ok;
    },
    deleteEvidence(id) {
      return apply((draft) => deleteEvidence(draft, id), { label: 'Delete evidence' }).ok;
    },
    linkEvidence(nodeId, evidenceId) {
      return apply((draft) => linkEvidence(draft, nodeId, evidenceId), { label: 'Link evidence' }).ok;
    },
    unlinkEvidence(nodeId, evidenceId) {
      return apply((draft) => unlinkEvidence(draft, nodeId, evidenceId), { label: 'Unlink evidence' }).ok;
    },
  };
}
