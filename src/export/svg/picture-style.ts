// Sizes and colours that only exported pictures use; the kind look is in src/look/kind-style.ts.

export const EDGE_COLOR = '#94a3b8';
export const EDGE_WIDTH = 2;

export const HEADER_FONT_SIZE = 12;
export const FOOTER_FONT_SIZE = 13;
export const BADGE_FONT_SIZE = 13;
export const BADGE_HEIGHT = 24;
export const CAPTION_FONT_SIZE = 24;
export const CAPTION_LINE_HEIGHT = 32;
export const CAPTION_MAX_LINES = 2;
/** Space between the caption and the tree. */
export const CAPTION_GAP = 20;
/** Margin around everything drawn; covers badges, which stand out of their node's box. */
export const PICTURE_MARGIN = 28;
