import { useServiceWorkerUpdate } from './service-worker';
import { UpdatePrompt } from './UpdatePrompt';

/** Registers the service worker and shows the update prompt when a new version waits. */
export function UpdateGate() {
  return <UpdatePrompt update={useServiceWorkerUpdate()} />;
}
