import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerServiceWorker } from './serviceWorker';
import { useApp } from './state/store';

// The worker starts reading the workspace while React draws the first frame.
void useApp.getState().start();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

registerServiceWorker();
// Ask the browser not to evict the workspace under storage pressure (imports are not kept elsewhere).
void navigator.storage?.persist?.().catch(() => false);
