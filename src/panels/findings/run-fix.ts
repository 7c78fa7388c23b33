import type { FindingFix } from '../../domain/rules/fix';
import type { EditorActions } from '../../store/editor-store';
import { useInspectorFocus, type InspectorField, type KeyResultPart } from '../inspector/inspector-focus';

const FIELD_FOR_FIX: Partial<Record<FindingFix['kind'], InspectorField>> = {
  'link-evidence': 'evidence-picker',
  'add-key-result': 'key-results',
  'complete-key-result': 'key-results',
  'rename-key-result': 'key-results',
  'revisit-target': 'key-results',
  'record-check-in': 'key-results',
  'set-status': 'status',
  'write-result': 'result',
  'write-success-criterion': 'successCriterion',
  'edit-title': 'title',
};

const KEY_RESULT_PART: Partial<Record<FindingFix['kind'], KeyResultPart>> = {
  'complete-key-result': 'first-missing',
  'rename-key-result': 'name',
  'revisit-target': 'target',
  'record-check-in': 'check-in',
};

/** Carries out a finding's one obvious fix: add the missing child, or take the user to the field. */
export function runFix(fix: FindingFix, actions: EditorActions): void {
  if (fix.kind === 'add-solution') {
    actions.addChild(fix.nodeId, 'solution');
    return;
  }
  if (fix.kind === 'add-opportunity') {
    actions.addChild(fix.nodeId, 'opportunity');
    return;
  }
  if (fix.kind === 'add-experiment') {
    actions.addChild(fix.nodeId, 'experiment');
    return;
  }
  if (fix.kind === 'add-key-result') {
    actions.reveal(fix.nodeId);
    const keyResultId = actions.addKeyResult(fix.nodeId);
    if (keyResultId) useInspectorFocus.getState().requestFocus(fix.nodeId, 'key-results', { id: keyResultId, part: 'name' });
    return;
  }
  const part = fix.keyResultId ? KEY_RESULT_PART[fix.kind] : undefined;
  if (fix.keyResultId && part) {
    actions.reveal(fix.nodeId);
    useInspectorFocus.getState().requestFocus(fix.nodeId, 'key-results', { id: fix.keyResultId, part });
    return;
  }
  const field = FIELD_FOR_FIX[fix.kind];
  actions.reveal(fix.nodeId);
  if (field) useInspectorFocus.getState().requestFocus(fix.nodeId, field);
}
