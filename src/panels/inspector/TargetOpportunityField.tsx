import type { OstNode } from '../../domain/types';
import { useEditorActions } from '../../store/editor-context';

/** Marks the opportunity the team is working on now. */
export function TargetOpportunityField({ node }: { node: OstNode }) {
  const actions = useEditorActions();
  return (
    <label className="checkbox-field">
      <input
        type="checkbox"
        checked={node.target === true}
        onChange={(event) =>
          actions.updateNode(node.id, { target: event.target.checked ? true : undefined }, event.target.checked ? 'Mark target' : 'Unmark target')
        }
      />
      <span>Target opportunity — the one the team is working on now</span>
    </label>
  );
}
