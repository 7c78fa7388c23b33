import type { TreeDoc } from '../domain/types';

/** What one import stored and what it had to change on the way (e.g. a removed link). */
export interface ImportReport {
  docs: TreeDoc[];
  /** By path in the file, as parseImport words them. */
  warnings: string[];
}

// Hand-over from the library (which imports) to the editor (which opens the imported tree and
// shows the report with its undo); within one page, so memory is enough.
const reports = new Map<string, ImportReport>();

/** Keeps a single-tree import's report for the editor that is about to open it. */
export function rememberImportReport(report: ImportReport): void {
  const [first] = report.docs;
  if (first) reports.set(first.meta.id, report);
}

/** The report of the import that created this tree, once; undefined when there is none. */
export function takeImportReport(treeId: string): ImportReport | undefined {
  const report = reports.get(treeId);
  reports.delete(treeId);
  return report;
}
