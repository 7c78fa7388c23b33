/** What a one-click fix does; the editor maps each kind to an action (open a picker, add a child, focus a field). */
export type FixKind =
  | 'link-evidence'
  | 'add-solution'
  | 'add-experiment'
  | 'add-key-result'
  | 'complete-key-result'
  | 'rename-key-result'
  | 'revisit-target'
  | 'record-check-in'
  | 'add-opportunity'
  | 'set-status'
  | 'write-result'
  | 'write-success-criterion'
  | 'edit-title';

/**
 * The one obvious fix for a finding. `nodeId` is the node the fix acts on, which is not always the
 * finding's node: a solution without an evidenced problem is fixed on its parent opportunity.
 */
export interface FindingFix {
  kind: FixKind;
  label: string;
  nodeId: string;
  /** The key result the fix acts on, for fixes of one key result (record a check-in, …). */
  keyResultId?: string;
}

export const FIX_LABEL: Record<FixKind, string> = {
  'link-evidence': 'Link evidence…',
  'add-solution': 'Add a solution',
  'add-experiment': 'Add an experiment',
  'add-key-result': 'Add a key result',
  'complete-key-result': 'Set baseline, target and deadline',
  'rename-key-result': 'Measure behaviour instead',
  'revisit-target': 'Revisit the target',
  'record-check-in': 'Record a check-in',
  'add-opportunity': 'Add an opportunity',
  'set-status': 'Change the status',
  'write-result': 'Write the result',
  'write-success-criterion': 'Write a success criterion',
  'edit-title': 'Write a title',
};

export function makeFix(kind: FixKind, nodeId: string, label: string = FIX_LABEL[kind]): FindingFix {
  return { kind, label, nodeId };
}

/** A fix of one key result of an outcome (`nodeId` is the outcome). */
export function makeKeyResultFix(kind: FixKind, nodeId: string, keyResultId: string, label: string = FIX_LABEL[kind]): FindingFix {
  return { kind, label, nodeId, keyResultId };
}
