import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installCommitDraftsOnHide } from './app/commit-drafts-on-hide';
import { createAppServices } from './app/services';
import './app/styles.css';

installCommitDraftsOnHide();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App services={createAppServices()} />
    </StrictMode>,
  );
}
