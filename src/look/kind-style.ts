import type { NodeKind, Severity } from '../domain/types';

// One look per kind, used by the canvas, the exported pictures and the layout: one colour, one shape
// and one glyph per kind (DESIGN.md "Look"). The colours are the light theme's (src/app/styles.css,
// src/canvas/canvas.css), so an exported picture looks like the canvas.

export const FONT_FAMILY = "Inter, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export const TEXT_COLOR = '#111827';
export const MUTED_TEXT_COLOR = '#475569';
export const SURFACE_COLOR = '#ffffff';

export interface KindStyle {
  label: string;
  color: string;
  fill: string;
  borderWidth: number;
  /** Outer corner radius, as CSS border-radius. */
  radius: number;
  /** A thicker left edge in the kind colour (experiments), 0 for none. */
  leftBar: number;
  /** A 16×16 glyph (same as the canvas's KindIcon), so a kind is never told by colour alone. */
  glyph: string;
}

export const KIND_STYLE: Record<NodeKind, KindStyle> = {
  outcome: {
    label: 'OUTCOME',
    color: '#5b21b6',
    fill: '#f3e8ff',
    borderWidth: 3,
    radius: 4,
    leftBar: 0,
    // a target
    glyph: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zM8 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  },
  opportunity: {
    label: 'OPPORTUNITY',
    color: '#1d4ed8',
    fill: '#dbeafe',
    borderWidth: 2,
    radius: 18,
    leftBar: 0,
    // a speech bubble: what customers say they need
    glyph: 'M2 3h12v8H7l-3 3v-3H2z',
  },
  solution: {
    label: 'SOLUTION',
    color: '#15803d',
    fill: '#dcfce7',
    borderWidth: 2,
    radius: 6,
    leftBar: 0,
    // a puzzle piece
    glyph: 'M3 4h3a2 2 0 1 1 4 0h3v3a2 2 0 1 1 0 4v3H3v-3a2 2 0 1 0 0-4z',
  },
  experiment: {
    label: 'EXPERIMENT',
    color: '#b45309',
    fill: '#fef3c7',
    borderWidth: 2,
    radius: 6,
    leftBar: 8,
    // a flask
    glyph: 'M6 1h4v1H9v4l4 7a1.5 1.5 0 0 1-1.3 2H4.3A1.5 1.5 0 0 1 3 13l4-7V2H6z',
  },
};

/** An opportunity without first-hand evidence: dashed and unfilled, weaker across the room. */
export const UNEVIDENCED_DASH = '7 5';

export interface BadgeStyle {
  symbol: string;
  fill: string;
  text: string;
  label: string;
}

// White on each fill has at least 5:1 contrast.
export const BADGE_STYLE: Record<Severity, BadgeStyle> = {
  error: { symbol: '!', fill: '#b91c1c', text: '#ffffff', label: 'error' },
  warning: { symbol: '▲', fill: '#b45309', text: '#ffffff', label: 'warning' },
  info: { symbol: 'i', fill: '#475569', text: '#ffffff', label: 'note' },
};

