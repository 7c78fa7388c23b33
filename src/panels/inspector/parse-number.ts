import { formatLimit, MAX_VOTES, numberProblem } from '../../domain/file-format/limits';

export type ParsedNumber = { ok: true; value: number | undefined } | { ok: false; error: string };

// Plain decimal notation only: Number() would also take "0x1f", "1e3" and "Infinity".
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** A number typed into a field: empty means "not set"; anything that is not a number is refused. */
export function parseOptionalNumber(text: string): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (!DECIMAL.test(trimmed)) return { ok: false, error: 'Enter a number, like 22 or 3.5 (or leave it empty).' };
  const value = Number(trimmed);
  // The file format's own limit, so whatever is accepted here exports and imports again.
  const problem = numberProblem(value);
  if (problem) return { ok: false, error: problem };
  return { ok: true, value };
}

/** Dot votes: a whole number, zero or more; empty means "no votes recorded". */
export function parseVotes(text: string): ParsedNumber {
  const parsed = parseOptionalNumber(text);
  if (!parsed.ok || parsed.value === undefined) return parsed;
  if (!Number.isInteger(parsed.value) || parsed.value < 0 || parsed.value > MAX_VOTES) {
    return { ok: false, error: `Votes are a whole number from 0 to ${formatLimit(MAX_VOTES)}.` };
  }
  return parsed;
}

export function formatOptionalNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
