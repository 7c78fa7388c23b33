import { useRef } from 'react';
import { KindIcon } from '../../ui/KindIcon';
import { KIND_LABEL } from '../../domain/kinds';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { DraftTextField } from './DraftTextField';
import { EvidenceSection } from './EvidenceSection';
import { ExperimentFields } from './ExperimentFields';
import { useFocusRequest } from './inspector-focus';
import { OutcomeFields } from './key-results/OutcomeFields';
import { optionalTextCommit } from './node-text-commit';
import { StatusField } from './StatusField';
import { TargetOpportunityField } from './TargetOpportunityField';
import { VotesField } from './VotesField';

/** Every field of one node. Mounted per node (keyed by id), so leaving a node writes its drafts. */
export function NodeInspector({ nodeId }: { nodeId: string }) {
  const node = useEditor((state) => state.doc.nodes[nodeId]);
  const actions = useEditorActions();
  const titleRef = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useFocusRequest(nodeId, 'title', titleRef);
  if (!node) return null;
  const kind = node.kind;

  return (
    <div className="node-inspector" data-kind={kind}>
      <h2 className={`inspector-kind kind-${kind}`}>
        <KindIcon kind={kind} />
        <span>{KIND_LABEL[kind]}</span>
        {node.parentId === null && <span className="muted">— the tree's root</span>}
      </h2>
      <DraftTextField
        label="Title"
        variant="title"
        value={node.title}
        inputRef={titleRef}
        placeholder={`Name this ${kind}`}
        onCommit={(text) => {
          actions.updateNode(nodeId, { title: text }, 'Edit title');
          return null;
        }}
      />
      <DraftTextField
        label="Description"
        variant="text"
        value={node.description ?? ''}
        onCommit={optionalTextCommit(actions, nodeId, 'description', 'Edit description')}
      />
      <StatusField node={node} />
      {kind === 'outcome' && <OutcomeFields node={node} />}
      {kind === 'opportunity' && <TargetOpportunityField node={node} />}
      {kind === 'experiment' && <ExperimentFields node={node} />}
      {kind !== 'outcome' && <VotesField nodeId={nodeId} />}
      {(kind === 'opportunity' || kind === 'solution') && <EvidenceSection nodeId={nodeId} />}
    </div>
  );
}
