import type { UserArea } from '@shared/auth/roles';
import type { PintuDb } from '../db/db';

/** What the device remembers of sync between runs, in `meta` under `sync`. */
export type SyncState = {
  /** The pull scope the cursor belongs to (`kelurahan/rw`, or `area`); another starts from scratch. */
  scope: string | null;
  cursor: string | null;
  /** The user's area the local data was pulled for, as the server last said it. */
  area: UserArea | null;
  lastSuccessAt: number | null;
};

const KEY = 'sync';
const EMPTY: SyncState = { scope: null, cursor: null, area: null, lastSuccessAt: null };

export async function loadSyncState(db: PintuDb): Promise<SyncState> {
  const entry = await db.meta.get(KEY);
  return entry ? { ...EMPTY, ...(entry.value as SyncState) } : EMPTY;
}

export async function updateSyncState(db: PintuDb, patch: Partial<SyncState>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const state = await loadSyncState(db);
    await db.meta.put({ key: KEY, value: { ...state, ...patch } });
  });
}
