/**
 * The key prefix of the evidence library's form drafts (see ui/form-drafts.ts): while one is kept,
 * the editor opens with the library drawer open, so the text typed there is on screen again.
 */
export const EVIDENCE_LIBRARY_DRAFTS = 'evidence-library:';
