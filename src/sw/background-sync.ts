import { BACKGROUND_SYNC_TAG, SYNC_REQUESTED } from '@shared/sync/messages';
import type { PushRequest, PushResponse } from '@shared/sync/protocol';
import { pushOutbox } from '@shared/sync/push-loop';
import { IdbOutbox } from './idb-outbox';

/** The Background Sync event (Chromium only; not in TypeScript's WebWorker library). */
export interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

/** The Web Lock the page's sync engine holds while it syncs (src/client/sync/engine.ts). */
const LOCK_NAME = 'pintu-sync';

/**
 * The page registers BACKGROUND_SYNC_TAG when a push fails for lack of network; the browser
 * fires `sync` here once the network is back, even with the screen off or the app closed.
 *   1. An open window of the app is asked to sync: its engine pushes and pulls, and its
 *      screens see the result at once.
 *   2. With no window open, the worker pushes the outbox itself, straight from IndexedDB,
 *      with the same push loop as the page, under the page's Web Lock (never without it). A
 *      failure rejects the event's promise, so the browser tries again later. The records
 *      the answers send back wait in `meta` for the page (idb-outbox.ts).
 */
export function onBackgroundSync(sw: ServiceWorkerGlobalScope, event: SyncEvent): void {
  if (event.tag !== BACKGROUND_SYNC_TAG) return;
  event.waitUntil(syncFromWorker(sw));
}

async function syncFromWorker(sw: ServiceWorkerGlobalScope): Promise<void> {
  const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
  if (windows.length > 0) {
    for (const client of windows) client.postMessage({ type: SYNC_REQUESTED });
    return;
  }
  // Background Sync is Chromium's, whose workers have had Web Locks since version 69; a
  // worker without them leaves the push to the page (it syncs when opened) rather than push
  // unlocked beside it.
  const locks = sw.navigator.locks;
  if (!locks) return;
  await locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
    if (lock) await pushFromIndexedDb();
  });
}

/**
 * Pushes with the device token the page stored at sign-in (a phone signed out has nothing in
 * its outbox: signing out wipes it). A revoked device gets 401: the worker leaves the wipe to
 * the page, which does it on its next sync.
 */
async function pushFromIndexedDb(): Promise<void> {
  const outbox = await IdbOutbox.open();
  if (!outbox) return;
  try {
    await pushOutbox(outbox, pushOverHttp(outbox.token));
  } finally {
    outbox.close();
  }
}

function pushOverHttp(token: string | null) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  return async (body: PushRequest): Promise<PushResponse> => {
    const response = await fetch('/api/sync/push', {
      method: 'POST',
      headers,
      credentials: 'same-origin',
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`push answered HTTP ${response.status}`);
    return (await response.json()) as PushResponse;
  };
}
