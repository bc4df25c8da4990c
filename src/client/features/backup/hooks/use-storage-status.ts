import { useCallback, useEffect, useState } from 'react';
import { askPersistentStorage, isStoragePersisted, storageEstimate } from '@client/db/storage';

export type StorageStatus = {
  /** null: the browser cannot say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
};

/** Whether the browser keeps the data for good, and how much space it uses. */
export function useStorageStatus(refreshKey: unknown) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(async () => {
    const [persisted, estimate] = await Promise.all([isStoragePersisted(), storageEstimate()]);
    setStatus({ persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh, refreshKey]);
  const askPersistence = useCallback(async () => {
    await askPersistentStorage();
    await refresh();
  }, [refresh]);
  return { status, askPersistence };
}
