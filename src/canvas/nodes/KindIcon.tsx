import type { NodeKind } from '../../domain/types';

// One glyph per kind, so a kind is never told by colour alone.
const PATHS: Record<NodeKind, string> = {
  // a target
  outcome: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zM8 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  // a speech bubble: what customers say they need
  opportunity: 'M2 3h12v8H7l-3 3v-3H2z',
  // a puzzle piece
  solution: 'M3 4h3a2 2 0 1 1 4 0h3v3a2 2 0 1 1 0 4v3H3v-3a2 2 0 1 0 0-4z',
  // a flask
  experiment: 'M6 1h4v1H9v4l4 7a1.5 1.5 0 0 1-1.3 2H4.3A1.5 1.5 0 0 1 3 13l4-7V2H6z',
};

export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg className="kind-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
