import type { Draft } from 'immer';
import type { TreeDoc } from '../domain/types';

export interface ApplyOptions {
  /** What the step is called in undo history. */
  label: string;
  /** Consecutive changes with the same key merge into one undo step. */
  coalesceKey?: string;
  /** Changes outside undo history (collapsing) still reach persistence. */
  recordHistory?: boolean;
  /** The node to select after the change, from the operation's result. */
  select?: (result: unknown) => string | null | undefined;
}

export type ApplyOutcome<R> = { ok: true; result: R } | { ok: false };

/** Runs a domain operation on the open tree as one undoable change; a refusal becomes a notice. */
export type Apply = <R>(recipe: (draft: Draft<TreeDoc>) => R, options: ApplyOptions) => ApplyOutcome<R>;
