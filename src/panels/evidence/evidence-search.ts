import type { Evidence, EvidenceKind } from '../../domain/types';

/** True when every word of the query appears in the item's summary, quote or source. */
export function evidenceMatches(item: Evidence, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = [item.summary, item.quote ?? '', item.source ?? ''].join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function filterEvidence(items: readonly Evidence[], query: string, kind: EvidenceKind | 'all'): Evidence[] {
  return items.filter((item) => (kind === 'all' || item.kind === kind) && evidenceMatches(item, query));
}
