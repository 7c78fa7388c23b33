import type { Severity } from '../../domain/types';

// A shape per severity (circle ✕, triangle !, circle i), so severity is never told by colour alone.
const PATHS: Record<Severity, string> = {
  error: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM5.2 4.1 8 6.9l2.8-2.8 1.1 1.1L9.1 8l2.8 2.8-1.1 1.1L8 9.1l-2.8 2.8-1.1-1.1L6.9 8 4.1 5.2z',
  warning: 'M8 1 15.5 14.5H.5zM7.2 5.5v4.5h1.6V5.5zm0 5.8v1.6h1.6v-1.6z',
  info: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zM7.2 7v5h1.6V7zm0-3v1.6h1.6V4z',
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg className={`severity-icon is-${severity}`} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[severity]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
