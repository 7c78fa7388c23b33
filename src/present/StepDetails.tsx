import { useMemo } from 'react';
import { formatMeasure, formatRange, keyResultLabel } from '../domain/key-results/format';
import { currentCheckIn } from '../domain/key-results/progress';
import type { PresentStep } from '../domain/present-steps';
import type { OstNode } from '../domain/types';
import { useEditor } from '../store/editor-context';

/** Steps whose nodes carry more than their titles show: the outcome's key results, the experiments' criteria and results. */
export function hasStepDetails(step: PresentStep | undefined): boolean {
  return step !== undefined && (step.key === 'outcome' || step.key.startsWith('experiments:'));
}

/**
 * Beside the step's nodes, in type the room can read: for the outcome, each key result (what is
 * measured, from baseline to target, the latest check-in); for the experiments, each one's
 * success criterion and result. Read-only, like everything while presenting.
 */
export function StepDetails({ step }: { step: PresentStep }) {
  const byId = useEditor((state) => state.doc.nodes);
  const nodes = useMemo(() => step.nodeIds.map((id) => byId[id]).filter((node): node is OstNode => node !== undefined), [step, byId]);
  return (
    <aside className="present-details" data-testid="present-details" aria-label="Details of this step">
      {nodes.map((node) => (node.kind === 'outcome' ? <OutcomeDetails key={node.id} node={node} /> : <ExperimentDetails key={node.id} node={node} />))}
    </aside>
  );
}

function OutcomeDetails({ node }: { node: OstNode }) {
  const keyResults = node.keyResults ?? [];
  return (
    <section className="present-detail" data-kind-detail="outcome">
      <h2 dir="auto">{node.title || 'Untitled outcome'}</h2>
      {keyResults.length === 0 && <p className="present-detail-missing">No key result yet</p>}
      <dl>
        {keyResults.map((keyResult) => {
          const latest = currentCheckIn(keyResult);
          return (
            <div key={keyResult.id}>
              <dt dir="auto">{keyResultLabel(keyResult)}</dt>
              <dd>
                {formatRange(keyResult) ?? 'no baseline or target yet'}
                {latest && <span className="present-detail-now"> · now {formatMeasure(latest.value, keyResult.unit)}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

function ExperimentDetails({ node }: { node: OstNode }) {
  return (
    <section className="present-detail" data-kind-detail="experiment">
      <h2 dir="auto">
        {node.title || 'Untitled experiment'} <span className="present-detail-status">{node.status ?? 'planned'}</span>
      </h2>
      <dl>
        <div>
          <dt>Success criterion</dt>
          <dd dir="auto">{node.successCriterion?.trim() || <span className="present-detail-missing">not written yet</span>}</dd>
        </div>
        <div>
          <dt>Result</dt>
          <dd dir="auto">{node.result?.trim() || <span className="present-detail-missing">none yet</span>}</dd>
        </div>
      </dl>
    </section>
  );
}
