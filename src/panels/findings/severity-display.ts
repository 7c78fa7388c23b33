import type { Severity } from '../../domain/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Group headings: infos are shown as "notes", which is what they are to a team. */
export const SEVERITY_HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };

export function severityCount(severity: Severity, count: number): string {
  const noun = severity === 'info' ? 'note' : severity;
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
