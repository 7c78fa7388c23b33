import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { saveFailureMessage, storageProblemOf } from '../../../src/persistence/storage-errors';

describe('storageProblemOf', () => {
  it('recognises a full disk, also when Dexie wraps it in an aborted transaction', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    expect(storageProblemOf(quota)).toBe('quota');
    expect(storageProblemOf(new Dexie.AbortError('Transaction aborted', quota))).toBe('quota');
  });

  it('recognises a closed database', () => {
    expect(storageProblemOf(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(storageProblemOf(new DOMException('closing', 'InvalidStateError'))).toBe('closed');
  });

  it('recognises a browser without usable IndexedDB', () => {
    expect(storageProblemOf(new Dexie.MissingAPIError())).toBe('unavailable');
  });

  it('calls anything else by its message', () => {
    expect(storageProblemOf(new Error('boom'))).toBe('other');
    expect(saveFailureMessage(new Error('boom'))).toBe(
      'Saving failed (boom), so the last changes are not saved yet. Export the tree as JSON to keep them safe; we keep retrying.',
    );
  });
});
