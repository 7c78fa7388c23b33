import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installCommitDraftsOnHide } from './app/commit-drafts-on-hide';
import { StorageGate } from './app/StorageGate';
import { UpdateGate } from './app/UpdateGate';
import { warmLazyParts } from './app/warm-lazy-parts';
import './app/styles.css';

installCommitDraftsOnHide();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StorageGate />
      <UpdateGate />
    </StrictMode>,
  );
  // After the first paint, so the parts loaded on first use never delay it.
  window.addEventListener('load', () => void warmLazyParts(), { once: true });
}
