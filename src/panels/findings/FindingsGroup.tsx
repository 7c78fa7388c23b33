import { useState } from 'react';
import type { Severity } from '../../domain/types';
import type { ValidatedFinding } from '../../domain/validate';
import { FindingItem } from './FindingItem';
import { SEVERITY_HEADING } from './severity-display';
import { SeverityIcon } from './SeverityIcon';

/**
 * How many findings a group lists before "Show all": a 10,000-node tree can have thousands, and
 * rendering them all on every keystroke would make typing lag.
 */
export const FINDINGS_SHOWN_AT_FIRST = 50;

interface FindingsGroupProps {
  panelId: string;
  severity: Severity;
  findings: ValidatedFinding[];
  onShowEvidence?: (evidenceId: string) => void;
}

export function FindingsGroup({ panelId, severity, findings, onShowEvidence }: FindingsGroupProps) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? findings : findings.slice(0, FINDINGS_SHOWN_AT_FIRST);
  const hidden = findings.length - shown.length;
  return (
    <section className={`findings-group is-${severity}`} aria-labelledby={`${panelId}-${severity}`} data-group={severity}>
      <h3 id={`${panelId}-${severity}`}>
        <SeverityIcon severity={severity} />
        {SEVERITY_HEADING[severity]} <span className="group-count">{findings.length}</span>
      </h3>
      <ul>
        {shown.map((finding, position) => (
          <FindingItem key={`${finding.rule}:${finding.nodeId ?? finding.evidenceId ?? ''}:${position}`} finding={finding} onShowEvidence={onShowEvidence} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="btn btn-ghost" onClick={() => setShowAll(true)}>
          Show {hidden} more
        </button>
      )}
    </section>
  );
}
