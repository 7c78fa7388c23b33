import { IsolatedQuotes } from '../../ui/IsolatedQuotes';
import { memo } from 'react';
import { ruleById } from '../../domain/rules/catalogue';
import { namedAs } from '../../domain/rules/node-name';
import type { OstNode } from '../../domain/types';
import type { ValidatedFinding } from '../../domain/validate';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { runFix } from './run-fix';
import { SeverityIcon } from './SeverityIcon';

interface FindingItemProps {
  finding: ValidatedFinding;
  onShowEvidence?: (evidenceId: string) => void;
}

/** One finding: its rule and message (a click selects and centres the node it is about) and its fix, if any. */
export const FindingItem = memo(function FindingItem({ finding, onShowEvidence }: FindingItemProps) {
  const actions = useEditorActions();
  const nodeId = finding.nodeId;
  const evidenceId = finding.evidenceId;
  const current = useEditor((state) => nodeId !== undefined && state.selectedId === nodeId);
  const ruleTitle = ruleById(finding.rule)?.title ?? finding.rule;
  // The node itself (a reference compare per store change), named only when it renders: hundreds
  // of findings each naming their node on every keystroke cost more than the validation.
  const fixNode = useEditor((state) => (finding.fix ? state.doc.nodes[finding.fix.nodeId] : undefined));
  const fixTarget = finding.fix ? fixTargetName(fixNode) : '';

  const content = (
    <>
      <SeverityIcon severity={finding.severity} />
      <span className="finding-text">
        <span className="finding-rule">{ruleTitle}</span>
        <span className="finding-message">
          <IsolatedQuotes text={finding.message} />
        </span>
      </span>
    </>
  );

  let main = <div className="finding-main">{content}</div>;
  if (nodeId !== undefined) {
    main = (
      <button type="button" className="finding-main" aria-current={current ? 'true' : undefined} onClick={() => actions.reveal(nodeId)}>
        {content}
      </button>
    );
  } else if (evidenceId !== undefined && onShowEvidence) {
    main = (
      <button type="button" className="finding-main" onClick={() => onShowEvidence(evidenceId)}>
        {content}
      </button>
    );
  }

  return (
    <li
      className={`finding is-${finding.severity}${current ? ' is-current' : ''}`}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-node-id={nodeId}
      data-evidence-id={evidenceId}
    >
      {main}
      {finding.fix && (
        <button
          type="button"
          className="btn finding-fix"
          // Says which node it acts on, so a fix reached by Tab is never applied to the wrong node.
          aria-label={`${finding.fix.label} — ${fixTarget}`}
          title={`${finding.fix.label} — ${fixTarget}`}
          onClick={() => finding.fix && runFix(finding.fix, actions)}
        >
          {finding.fix.label}
        </button>
      )}
    </li>
  );
}, sameItem);

/** Each validation makes new finding objects; an unchanged finding keeps its rendered item. */
function sameItem(before: FindingItemProps, after: FindingItemProps): boolean {
  const a = before.finding;
  const b = after.finding;
  return (
    before.onShowEvidence === after.onShowEvidence &&
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.nodeId === b.nodeId &&
    a.evidenceId === b.evidenceId &&
    a.message === b.message &&
    a.fix?.kind === b.fix?.kind &&
    a.fix?.nodeId === b.fix?.nodeId &&
    a.fix?.label === b.fix?.label
  );
}

/** The node a fix acts on, as its accessible name says it: `opportunity “X”`. */
function fixTargetName(node: OstNode | undefined): string {
  return node ? namedAs(node) : 'a node that is gone';
}
