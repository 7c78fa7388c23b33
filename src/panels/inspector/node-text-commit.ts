import type { NodeFields } from '../../domain/operations/update-node';
import type { EditorActions } from '../../store/editor-store';

type OptionalTextField = 'description' | 'assumption' | 'successCriterion' | 'result';

/** A commit that writes an optional text field; whitespace alone removes the field. */
export function optionalTextCommit(actions: EditorActions, nodeId: string, field: OptionalTextField, label: string) {
  return (text: string): string | null => {
    const fields: NodeFields = { [field]: text.trim() === '' ? undefined : text };
    actions.updateNode(nodeId, fields, label);
    return null;
  };
}
