import { useId, useState } from 'react';
import type { Severity } from '../../domain/types';
import type { ValidatedFinding } from '../../domain/validate';
import { useEditor } from '../../store/editor-context';
import { findingsOf } from '../../store/derived/findings';
import { FindingsGroup } from './FindingsGroup';
import { RuleSettings } from './RuleSettings';
import { SEVERITIES } from './severity-display';
import '../panels.css';
import './findings.css';

interface FindingsPanelProps {
  /** Shows an evidence item (e.g. opens the evidence library); without it evidence findings are not clickable. */
  onShowEvidence?: (evidenceId: string) => void;
}

const NONE: readonly string[] = [];

function groupBySeverity(findings: readonly ValidatedFinding[]): Record<Severity, ValidatedFinding[]> {
  const groups: Record<Severity, ValidatedFinding[]> = { error: [], warning: [], info: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

/** The validator's findings, grouped by severity, each leading to its node and its fix. */
export function FindingsPanel({ onShowEvidence }: FindingsPanelProps) {
  const id = useId();
  const findings = useEditor((state) => findingsOf(state.checkedDoc));
  const silencedCount = useEditor((state) => (state.doc.meta.settings?.silencedRules ?? NONE).length);
  const [showRules, setShowRules] = useState(false);
  const groups = groupBySeverity(findings);

  return (
    <section className="findings-panel" data-testid="findings" aria-labelledby={`${id}-title`}>
      <div className="findings-header">
        <h2 id={`${id}-title`}>Findings</h2>
        <button
          type="button"
          className="btn btn-ghost"
          aria-expanded={showRules}
          aria-controls={`${id}-rules`}
          onClick={() => setShowRules((open) => !open)}
        >
          Rules{silencedCount > 0 ? ` (${silencedCount} off)` : ''}
        </button>
      </div>
      {showRules && (
        <div id={`${id}-rules`}>
          <RuleSettings />
        </div>
      )}
      {findings.length === 0 ? (
        <p className="findings-empty">No findings — this tree follows the method's rules.</p>
      ) : (
        SEVERITIES.filter((severity) => groups[severity].length > 0).map((severity) => (
          <FindingsGroup key={severity} panelId={id} severity={severity} findings={groups[severity]} onShowEvidence={onShowEvidence} />
        ))
      )}
      {silencedCount > 0 && (
        <p className="field-note">
          {silencedCount === 1 ? '1 rule is' : `${silencedCount} rules are`} switched off for this tree.
        </p>
      )}
    </section>
  );
}
