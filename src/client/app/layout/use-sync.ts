import { useEffect, useSyncExternalStore } from 'react';
import { startSync, type SyncStatus } from '@client/sync';

/**
 * The app's sync engine, started with the app. It does nothing until the phone is signed in,
 * then pulls the user's area (roles that work door to door) and pushes the outbox.
 */
const engine = startSync();

/**
 * Sync status for the screen; a newly signed-in user's area is downloaded at once, and an app
 * opened again syncs once its first screen is drawn (`syncSoon`).
 */
export function useSync(userKey: string | null): SyncStatus {
  useEffect(() => {
    if (userKey) engine.syncSoon();
  }, [userKey]);
  return useSyncExternalStore(engine.status.subscribe, engine.status.get);
}

export function syncNow(): Promise<void> {
  return engine.syncNow();
}
