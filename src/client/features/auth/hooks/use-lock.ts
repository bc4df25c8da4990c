import { useEffect, useSyncExternalStore } from 'react';
import { closeRecords, restoreFromSession } from '@client/db/at-rest-key';
import { db } from '@client/db/db';
import { LockStore, watchInactivity } from '../data/lock';

/**
 * The app's one lock, read once at start (from sessionStorage) and then kept in memory. The
 * records' key follows it: a reload within the idle time finds the key where the unlock left
 * it (sessionStorage), or is locked; locking forgets the key (src/client/db/at-rest-key.ts).
 */
export const lockStore = new LockStore();
if (!lockStore.isLocked() && !restoreFromSession(db)) lockStore.lock();
if (lockStore.isLocked()) closeRecords(db);
lockStore.subscribe(() => {
  if (lockStore.isLocked()) closeRecords(db);
});

/** Whether the PIN screen must show; watches input for the idle rule while `active`. */
export function useLocked(active: boolean): boolean {
  useEffect(() => (active ? watchInactivity(lockStore) : undefined), [active]);
  return useSyncExternalStore(lockStore.subscribe, lockStore.isLocked);
}
