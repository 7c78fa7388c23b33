import { MAX_FILE_BYTES } from '../domain/file-format/limits';
import type { ImportError } from '../domain/file-format/import-result';
import { parseImport } from '../domain/file-format/parse-file';
import { prepareImports } from '../domain/file-format/renew-ids';
import type { TreeDoc } from '../domain/types';
import type { TreeRepository } from '../persistence/repository';

export interface ImportFailure extends Omit<ImportError, 'kind'> {
  /** `not-loaded`: the importer's code could not be downloaded (no network). */
  kind: ImportError['kind'] | 'storage-failed' | 'not-loaded';
}

export type ImportOutcome = { ok: true; docs: TreeDoc[]; warnings: string[] } | { ok: false; error: ImportFailure };

/**
 * Parses, checks and stores a file's trees as NEW trees. Nothing is written unless the whole file
 * is valid, and all its trees are written in one transaction: if storing fails part-way (the disk
 * is full, the tab is closed), none is stored, so the library is as it was.
 */
export async function importText(text: string, repository: TreeRepository): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const existing = await repository.listTrees();
  const docs = prepareImports(parsed.trees, {
    treeIds: new Set(existing.map((row) => row.id)),
    titles: new Set(existing.map((row) => row.title)),
  });
  try {
    // One transaction: a backup of 200 trees is stored whole or not at all, even if the tab closes mid-way.
    await repository.createTrees(docs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: { kind: 'storage-failed', message: `The file is valid, but it could not be stored: ${reason}. Nothing was imported.`, problems: [] },
    };
  }
  return { ok: true, docs, warnings: parsed.warnings };
}

/** Reads a picked or dropped file, refusing one over the size limit before reading it at all. */
export async function importFile(file: File, repository: TreeRepository): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      error: {
        kind: 'too-large',
        message: `“${file.name}” is ${megabytes} MB; files up to ${MAX_FILE_BYTES / 1024 / 1024} MB can be imported. Nothing was imported.`,
        problems: [],
      },
    };
  }
  return importText(await file.text(), repository);
}
