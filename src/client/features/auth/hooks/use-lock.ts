import { useEffect, useSyncExternalStore } from 'react';
import { LockStore, watchInactivity } from '../data/lock';

/** The app's one lock, read once at start (from sessionStorage) and then kept in memory. */
export const lockStore = new LockStore();

/** Whether the PIN screen must show; watches input for the idle rule while `active`. */
export function useLocked(active: boolean): boolean {
  useEffect(() => (active ? watchInactivity(lockStore) : undefined), [active]);
  return useSyncExternalStore(lockStore.subscribe, lockStore.isLocked);
}
