import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadDocument, saveDocument } from './document-store';
import { PeerApp } from './PeerApp';
import type { PeerTreeFile } from './tree-file';

// `?tree=2000` opens the stored document `tree-2000`; on the first visit it is fetched from
// `tree-2000.json` (written next to the build by the benchmark) and stored.
async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  const name = new URLSearchParams(location.search).get('tree') ?? '200';
  const key = `tree-${name}`;
  let file = await loadDocument(key);
  if (!file) {
    const response = await fetch(`${key}.json`);
    if (!response.ok) throw new Error(`No ${key}.json next to the peer build (HTTP ${response.status}).`);
    file = (await response.json()) as PeerTreeFile;
    await saveDocument(key, file);
  }
  createRoot(root).render(
    <StrictMode>
      <PeerApp file={file} storageKey={key} />
    </StrictMode>,
  );
}

void start();
