import { useEditor } from '../../store/editor-context';
import { parseCountsKey, selectCountsKey } from './finding-counts-key';
import { SEVERITIES, severityCount } from './severity-display';
import { SeverityIcon } from './SeverityIcon';
import '../panels.css';
import './findings.css';

/** Error, warning and note counts as pills for the editor header. */
export function FindingsCounts() {
  const counts = parseCountsKey(useEditor(selectCountsKey));
  const bySeverity = { error: counts.errors, warning: counts.warnings, info: counts.infos };
  const summary = SEVERITIES.map((severity) => severityCount(severity, bySeverity[severity])).join(', ');

  return (
    <div className="findings-counts" data-testid="findings-counts" role="group" aria-label={`Findings: ${summary}`} title={summary}>
      {SEVERITIES.map((severity) => (
        <span key={severity} className={`count-pill is-${severity}${bySeverity[severity] === 0 ? ' is-zero' : ''}`} data-severity={severity} data-count={bySeverity[severity]}>
          <SeverityIcon severity={severity} />
          <span aria-hidden="true">{bySeverity[severity]}</span>
          <span className="visually-hidden">{severityCount(severity, bySeverity[severity])}</span>
        </span>
      ))}
    </div>
  );
}
