import { serializeBackup, serializeTree } from '../domain/file-format/serialize';
import type { TreeDoc } from '../domain/types';
import { downloadText } from './download';
import { fileNameFor } from './file-name';
import { treeToMarkdown } from './markdown';

export function exportTreeJson(doc: TreeDoc): void {
  downloadText(serializeTree(doc), fileNameFor(doc.meta.title, 'ost.json'), 'application/json');
}

export function exportBackup(docs: TreeDoc[]): void {
  const date = new Date().toISOString().slice(0, 10);
  downloadText(serializeBackup(docs), `ost-backup-${date}.json`, 'application/json');
}

export function exportMarkdown(doc: TreeDoc, asShown: boolean): void {
  downloadText(treeToMarkdown(doc, { asShown }), fileNameFor(doc.meta.title, 'md'), 'text/markdown');
}
