import type { OstNode } from '../../../domain/types';
import { useEditorActions } from '../../../store/editor-context';
import { DraftTextField } from '../DraftTextField';
import { KeyResultList } from './KeyResultList';

/**
 * What an outcome serves and what proves it: the objective (why, qualitative), the business goal
 * it moves, and its key results with check-ins.
 */
export function OutcomeFields({ node }: { node: OstNode }) {
  const actions = useEditorActions();
  const textCommit = (field: 'objective' | 'businessGoal', label: string) => (text: string) => {
    actions.updateNode(node.id, { [field]: text.trim() === '' ? undefined : text }, label);
    return null;
  };
  return (
    <div className="inspector-section outcome-fields">
      <DraftTextField
        label="Objective"
        variant="text"
        placeholder="Where are we going? e.g. Learning a language becomes a daily habit"
        hint="Qualitative: the why. The key results below prove it."
        value={node.objective ?? ''}
        onCommit={textCommit('objective', 'Edit objective')}
      />
      <DraftTextField
        label="Business goal"
        variant="text"
        placeholder="The mid-term business goal this outcome moves"
        value={node.businessGoal ?? ''}
        onCommit={textCommit('businessGoal', 'Edit business goal')}
      />
      <KeyResultList node={node} />
    </div>
  );
}
