import type { NodeKind } from '../domain/types';
import { KIND_STYLE } from '../look/kind-style';

/** One glyph per kind, the same on the canvas, in panels and in exported pictures. */
export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg className="kind-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={KIND_STYLE[kind].glyph} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
