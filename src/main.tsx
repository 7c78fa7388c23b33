import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installCommitDraftsOnHide } from './app/commit-drafts-on-hide';
import { StorageGate } from './app/StorageGate';
import './app/styles.css';

installCommitDraftsOnHide();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StorageGate />
    </StrictMode>,
  );
}
