import { isCalendarDate } from '../key-results/calendar-date';
import { MAX_CHECK_INS_PER_KEY_RESULT, MAX_KEY_RESULTS_PER_OUTCOME } from '../file-format/limits';
import { newId } from '../ids';
import type { CheckIn, KeyResult, OstNode, TreeDoc } from '../types';
import { OperationRefused } from './refused';
import { assertStorableFields } from './storable-values';

/** Fields of a key result a user edits; the id never changes. A field set to undefined is removed. */
export type KeyResultFields = Partial<Omit<KeyResult, 'id' | 'checkIns'>>;

function outcomeOf(doc: TreeDoc, nodeId: string): OstNode {
  const node = doc.nodes[nodeId];
  if (!node) throw new OperationRefused('The outcome no longer exists.');
  if (node.kind !== 'outcome') throw new OperationRefused('Only an outcome has key results.');
  return node;
}

function keyResultOf(doc: TreeDoc, nodeId: string, keyResultId: string): KeyResult {
  const keyResult = outcomeOf(doc, nodeId).keyResults?.find((candidate) => candidate.id === keyResultId);
  if (!keyResult) throw new OperationRefused('That key result no longer exists.');
  return keyResult;
}

function assign<T extends object>(target: T, fields: Partial<T>): void {
  const record = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete record[key];
    else if (record[key] !== value) record[key] = value;
  }
}

/**
 * Adds a key result at the end of the outcome's list and returns its id. Refuses a node that is
 * not an outcome, more than MAX_KEY_RESULTS_PER_OUTCOME, and numbers the file cannot carry.
 */
export function addKeyResult(doc: TreeDoc, nodeId: string, fields: KeyResultFields = {}): string {
  const outcome = outcomeOf(doc, nodeId);
  const list = outcome.keyResults ?? [];
  if (list.length >= MAX_KEY_RESULTS_PER_OUTCOME) {
    throw new OperationRefused(`An outcome has at most ${MAX_KEY_RESULTS_PER_OUTCOME} key results; a few that matter prove it better.`);
  }
  assertStorableFields(fields);
  const keyResult: KeyResult = { id: newId(), name: '' };
  assign(keyResult, fields);
  outcome.keyResults = [...list, keyResult];
  return keyResult.id;
}

/** Sets fields of one key result (undefined removes a field); refuses numbers the file cannot carry. */
export function updateKeyResult(doc: TreeDoc, nodeId: string, keyResultId: string, fields: KeyResultFields): void {
  assertStorableFields(fields);
  assign(keyResultOf(doc, nodeId, keyResultId), fields);
}

/** Moves a key result one place up (-1) or down (+1) in its outcome's list; nothing at either end. */
export function moveKeyResult(doc: TreeDoc, nodeId: string, keyResultId: string, direction: -1 | 1): void {
  const list = outcomeOf(doc, nodeId).keyResults ?? [];
  const from = list.findIndex((candidate) => candidate.id === keyResultId);
  if (from < 0) throw new OperationRefused('That key result no longer exists.');
  const to = from + direction;
  if (to < 0 || to >= list.length) return;
  const [moved] = list.splice(from, 1);
  list.splice(to, 0, moved!);
}

/** Removes a key result and its check-ins; the outcome loses the field once none is left. */
export function deleteKeyResult(doc: TreeDoc, nodeId: string, keyResultId: string): void {
  const outcome = outcomeOf(doc, nodeId);
  const list = outcome.keyResults ?? [];
  const index = list.findIndex((candidate) => candidate.id === keyResultId);
  if (index < 0) return;
  list.splice(index, 1);
  if (list.length === 0) delete outcome.keyResults;
}

function checkCheckIn(checkIn: CheckIn): CheckIn {
  if (!isCalendarDate(checkIn.date)) throw new OperationRefused('A check-in needs a date, like 2026-11-30.');
  if (typeof checkIn.value !== 'number') throw new OperationRefused('A check-in needs a value.');
  assertStorableFields({ value: checkIn.value });
  const tidy: CheckIn = { date: checkIn.date, value: checkIn.value };
  if (checkIn.note?.trim()) tidy.note = checkIn.note;
  return tidy;
}

/** Where a check-in of `date` goes so the list stays oldest first: after the check-ins of that day. */
function insertionIndex(checkIns: readonly CheckIn[], date: string): number {
  let index = checkIns.length;
  while (index > 0 && checkIns[index - 1]!.date > date) index--;
  return index;
}

/**
 * Records a check-in, kept in date order (oldest first; the last is the current value), and
 * returns its index. Refuses a date that is not a calendar day, a value the file cannot carry,
 * and more than MAX_CHECK_INS_PER_KEY_RESULT.
 */
export function addCheckIn(doc: TreeDoc, nodeId: string, keyResultId: string, checkIn: CheckIn): number {
  const keyResult = keyResultOf(doc, nodeId, keyResultId);
  const list = keyResult.checkIns ?? [];
  if (list.length >= MAX_CHECK_INS_PER_KEY_RESULT) {
    throw new OperationRefused(`A key result keeps at most ${MAX_CHECK_INS_PER_KEY_RESULT} check-ins.`);
  }
  const tidy = checkCheckIn(checkIn);
  const index = insertionIndex(list, tidy.date);
  keyResult.checkIns = [...list.slice(0, index), tidy, ...list.slice(index)];
  return index;
}

/** Replaces the check-in at `index` (moving it if its date changed) and returns its new index. */
export function updateCheckIn(doc: TreeDoc, nodeId: string, keyResultId: string, index: number, checkIn: CheckIn): number {
  const keyResult = keyResultOf(doc, nodeId, keyResultId);
  const list = keyResult.checkIns ?? [];
  const current = list[index];
  if (!current) throw new OperationRefused('That check-in no longer exists.');
  const tidy = checkCheckIn(checkIn);
  if (tidy.date === current.date) {
    assign(current, { value: tidy.value, note: tidy.note });
    return index;
  }
  list.splice(index, 1);
  const to = insertionIndex(list, tidy.date);
  list.splice(to, 0, tidy);
  return to;
}

/** Removes the check-in at `index`; the key result loses the field once none is left. */
export function deleteCheckIn(doc: TreeDoc, nodeId: string, keyResultId: string, index: number): void {
  const keyResult = keyResultOf(doc, nodeId, keyResultId);
  const list = keyResult.checkIns ?? [];
  if (index < 0 || index >= list.length) return;
  list.splice(index, 1);
  if (list.length === 0) delete keyResult.checkIns;
}
