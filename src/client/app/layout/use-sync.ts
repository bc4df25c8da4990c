import { useEffect, useSyncExternalStore } from 'react';
import { getWorkingArea } from '@client/features/area';
import { startSync, type SyncStatus } from '@client/sync';
import type { Area } from '@shared/wilayah/wilayah';

/**
 * The app's sync engine, started with the app. Until sign-in (a later issue) decides the
 * area, the phone downloads the RW of the chosen working area.
 */
const engine = startSync(async () => {
  const area = await getWorkingArea();
  return area ? { kelurahanCode: area.kelurahanCode, rw: area.rw } : null;
});

/** Sync status for the screen; a newly chosen area is downloaded at once. */
export function useSync(area: Area | null | undefined): SyncStatus {
  const areaKey = area ? `${area.kelurahanCode}/${area.rw}` : null;
  useEffect(() => {
    if (areaKey) void engine.syncNow();
  }, [areaKey]);
  return useSyncExternalStore(engine.status.subscribe, engine.status.get);
}

export function syncNow(): Promise<void> {
  return engine.syncNow();
}
