import { BACKGROUND_SYNC_TAG, SYNC_REQUESTED } from '@shared/sync/messages';

/** The Background Sync event (Chromium only; not in TypeScript's WebWorker library). */
export interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

/**
 * The page registers BACKGROUND_SYNC_TAG when a push fails for lack of network; the browser
 * fires `sync` here once the network is back, even if the phone's screen is off.
 *
 * Now: every open window of the app is asked to sync (its SyncEngine holds the Dexie
 * connection and the Web Lock). Next: with no window open, push straight from IndexedDB
 * with `pushOutbox` (src/shared/sync/push-loop.ts) over an IndexedDB `OutboxStore` here.
 */
export function onBackgroundSync(sw: ServiceWorkerGlobalScope, event: SyncEvent): void {
  if (event.tag !== BACKGROUND_SYNC_TAG) return;
  event.waitUntil(askWindowsToSync(sw));
}

async function askWindowsToSync(sw: ServiceWorkerGlobalScope): Promise<number> {
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const client of windows) client.postMessage({ type: SYNC_REQUESTED });
  return windows.length;
}
