import type { FindingCounts } from '../../domain/findings-summary';
import type { EditorState } from '../../store/editor-store';
import { findingCountsOf } from '../../store/derived/findings';

/** The doc's finding counts as "errors:warnings:infos", so a selector compares by value. */
export function selectCountsKey(state: EditorState): string {
  const counts = findingCountsOf(state.checkedDoc);
  return `${counts.errors}:${counts.warnings}:${counts.infos}`;
}

export function parseCountsKey(key: string): FindingCounts {
  const [errors = 0, warnings = 0, infos = 0] = key.split(':').map(Number);
  return { errors, warnings, infos };
}
