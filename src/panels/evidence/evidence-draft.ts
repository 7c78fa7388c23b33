import { isWebLink } from '../../domain/file-format/normalise';
import type { Evidence, EvidenceKind } from '../../domain/types';

/** The evidence form's fields as typed: every text field a string, empty meaning "not given". */
export interface EvidenceDraft {
  kind: EvidenceKind;
  firstHand: boolean;
  summary: string;
  quote: string;
  source: string;
  date: string;
  url: string;
}

export type EvidenceFields = Omit<Evidence, 'id'>;

const FIRST_HAND_KINDS: ReadonlySet<EvidenceKind> = new Set<EvidenceKind>(['interview', 'observation', 'usability-test']);

/** Interviews, observations and usability tests are usually the team's own; the rest are reports. */
export function isFirstHandByDefault(kind: EvidenceKind): boolean {
  return FIRST_HAND_KINDS.has(kind);
}

export function emptyEvidenceDraft(kind: EvidenceKind = 'interview'): EvidenceDraft {
  return { kind, firstHand: isFirstHandByDefault(kind), summary: '', quote: '', source: '', date: '', url: '' };
}

export function draftFromEvidence(item: Evidence): EvidenceDraft {
  return {
    kind: item.kind,
    firstHand: item.firstHand,
    summary: item.summary,
    quote: item.quote ?? '',
    source: item.source ?? '',
    date: item.date ?? '',
    url: item.url ?? '',
  };
}

function optional(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The evidence fields a draft describes. Cleared fields are present as `undefined`, which tells
 * an update to remove them; `withoutEmptyFields` drops them for a new item.
 */
export function evidenceFieldsFromDraft(draft: EvidenceDraft): EvidenceFields {
  return {
    kind: draft.kind,
    firstHand: draft.firstHand,
    summary: draft.summary.trim(),
    quote: optional(draft.quote),
    source: optional(draft.source),
    date: optional(draft.date),
    url: optional(draft.url),
  };
}

export function withoutEmptyFields(fields: EvidenceFields): EvidenceFields {
  const copy: EvidenceFields = { kind: fields.kind, firstHand: fields.firstHand, summary: fields.summary };
  if (fields.quote !== undefined) copy.quote = fields.quote;
  if (fields.source !== undefined) copy.source = fields.source;
  if (fields.date !== undefined) copy.date = fields.date;
  if (fields.url !== undefined) copy.url = fields.url;
  return copy;
}

/**
 * Why the draft cannot be saved yet, or null. A link must be an http(s) address: an import keeps
 * only those, so anything else would not survive an export and re-import.
 */
export function draftProblem(draft: EvidenceDraft): string | null {
  if (draft.summary.trim() === '') return 'Write a one-line summary of what you heard or saw.';
  const url = draft.url.trim();
  if (url !== '' && !isWebLink(url)) return 'Enter the link as a full web address starting with https:// (or leave it empty).';
  return null;
}
