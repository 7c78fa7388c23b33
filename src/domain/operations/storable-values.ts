import { formatLimit, MAX_VOTES, numberProblem } from '../file-format/limits';
import { OperationRefused } from './refused';

/**
 * Refuses field values that the file format could not carry, so nothing the editor stores fails
 * its own import later: a number anywhere in the values (votes, a metric's or key result's
 * numbers, check-in values) must be finite and within MAX_MEASURE_MAGNITUDE; votes must be a whole
 * number from 0 to MAX_VOTES. Throws OperationRefused with a sentence for the user.
 */
export function assertStorableFields(fields: Readonly<Record<string, unknown>>): void {
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'votes' && value !== undefined) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_VOTES) {
        throw new OperationRefused(`Votes are a whole number from 0 to ${formatLimit(MAX_VOTES)}.`);
      }
    }
    assertFiniteNumbers(value, 0);
  }
}

function assertFiniteNumbers(value: unknown, depth: number): void {
  if (typeof value === 'number') {
    const problem = numberProblem(value);
    if (problem) throw new OperationRefused(problem);
    return;
  }
  // Field values are shallow records and lists (a metric, key results with check-ins).
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  for (const item of Array.isArray(value) ? value : Object.values(value)) assertFiniteNumbers(item, depth + 1);
}
