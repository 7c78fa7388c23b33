/** What kind of storage failure an error is, in terms a user can act on. */
export type StorageProblem = 'quota' | 'closed' | 'unavailable' | 'other';

const CLOSED_NAMES = new Set([
  'DatabaseClosedError',
  'InvalidStateError',
  'VersionChangeError',
  'VersionError',
  'UpgradeError',
  'BlockedError',
]);
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'SecurityError', 'InvalidAccessError']);

// Dexie wraps the browser's error (a DOMException) in its own, keeping the original as `inner`;
// an aborted transaction can hide a quota error one level further down.
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ('name' in current && typeof current.name === 'string') names.push(current.name);
    current = 'inner' in current && current.inner ? current.inner : 'cause' in current ? current.cause : undefined;
  }
  return names;
}

export function storageProblemOf(error: unknown): StorageProblem {
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.some((name) => UNAVAILABLE_NAMES.has(name))) return 'unavailable';
  if (names.some((name) => CLOSED_NAMES.has(name))) return 'closed';
  return 'other';
}

/** The sentence the save banner shows; says what happened and what the user can do. */
export function saveFailureMessage(error: unknown): string {
  switch (storageProblemOf(error)) {
    case 'quota':
      return "Your browser's storage is full, so the last changes are not saved yet. Free some space or export the tree as JSON; we keep retrying.";
    case 'closed':
      return 'The database was closed (the editor may have been updated in another tab), so the last changes are not saved yet. Export the tree as JSON, then reload this tab; we keep retrying.';
    case 'unavailable':
      return 'This browser does not let the editor store data here (private mode may block it), so the last changes are not saved. Export the tree as JSON to keep them.';
    case 'other': {
      const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
      return `Saving failed${detail}, so the last changes are not saved yet. Export the tree as JSON to keep them safe; we keep retrying.`;
    }
  }
}
