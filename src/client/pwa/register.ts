import { Workbox } from 'workbox-window';
import { hasUnsavedChanges, onUnsavedChangesChange } from '@client/app/unsaved-changes';
import { captureInstallPrompt } from './install-store';
import { UpdateStore } from './update-store';

/** The app's one update flow; UpdatePrompt shows it. */
export const updates = new UpdateStore({
  hasUnsavedChanges,
  onUnsavedChangesChange,
  reload: () => window.location.reload(),
});

/** How often a long-open app asks the server for a new version (also when shown again). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let registered: Promise<Workbox | null> | null = null;

/**
 * Registers the service worker (/sw.js, built from src/sw) and wires the update flow; call
 * once at start. Also starts listening for the browser's install offer. Does nothing in the
 * dev server, which has no service worker, or in browsers without service workers.
 */
export function registerServiceWorker(): Promise<Workbox | null> {
  captureInstallPrompt();
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return Promise.resolve(null);
  registered ??= start();
  return registered;
}

async function start(): Promise<Workbox | null> {
  const wb = new Workbox('/sw.js', { scope: '/' });
  // A new worker installed and waits (also one found waiting when the page opened).
  wb.addEventListener('waiting', () => updates.offer(() => wb.messageSkipWaiting()));
  // The first worker taking an uncontrolled page (clients.claim on the first visit) replaces
  // no code; every later change of controller, in this same page too, is a new version.
  let controlled = navigator.serviceWorker.controller !== null;
  wb.addEventListener('controlling', () => {
    if (controlled) updates.controlled();
    controlled = true;
  });
  try {
    await wb.register();
  } catch (error) {
    // The app still works online without a worker; say why offline will not.
    console.warn('Service worker tidak terpasang:', error);
    return null;
  }
  const check = () => void wb.update().catch(() => undefined);
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  return wb;
}
