import type { Tree } from '../types';

export type ImportErrorKind =
  | 'too-large'
  | 'not-json'
  | 'not-ost-file'
  | 'too-new'
  | 'migration-failed'
  | 'invalid-shape'
  | 'invalid-structure';

export interface ImportError {
  kind: ImportErrorKind;
  /** What is wrong and what to do, in plain words, for the alert the user sees. */
  message: string;
  /** The first few problems, each `path: what is wrong` (e.g. `tree.nodes[12].parentId: no node with id "x"`). */
  problems: string[];
}

export type ImportResult =
  | {
      ok: true;
      /** Which kind of file it was: one exported tree, or a backup of several. */
      source: 'tree' | 'backup';
      /** Checked trees with their ids as in the file; pass them through prepareImport before storing. */
      trees: Tree[];
      /** What was changed on the way in (e.g. an unsafe link removed), each `path: what`. */
      warnings: string[];
    }
  | { ok: false; error: ImportError };
