import { db as appDb, type PintuDb } from '@client/db/db';
import { readSignedIn } from '@client/sync/auth';
import { loadSyncState, updateSyncState } from '@client/sync/sync-state';
import { ANSWERED_RECORDS_KEY } from '@shared/sync/messages';

/**
 * Records expire on a phone that stops reaching the server (issue 15): a lost phone kept
 * offline must not keep an RW's residents for ever, since revoking it only wipes it when it
 * next syncs. After ASK_SYNC_DAYS without a successful sync the phone asks for one before it
 * opens the records; after WIPE_DAYS it deletes them. Pending changes stay (sealed) with the
 * sign-in and the data key, and are sent at the next unlock with signal; the area is pulled
 * again. Counted from the last successful sync, or from enrollment before the first.
 */
export const EXPIRY = {
  askSyncAfterDays: Number(import.meta.env?.VITE_ASK_SYNC_DAYS ?? 14),
  wipeAfterDays: Number(import.meta.env?.VITE_WIPE_DAYS ?? 30),
};

const DAY_MS = 24 * 60 * 60_000;

export type Expiry =
  | { state: 'fresh' }
  | { state: 'ask-sync'; days: number }
  | { state: 'wiped'; days: number };

/** Days since this phone last reached the server (null: not signed in). */
export async function daysWithoutSync(db: PintuDb, now: number): Promise<number | null> {
  const [auth, sync] = await Promise.all([readSignedIn(db), loadSyncState(db)]);
  if (!auth) return null;
  const contact = Math.max(sync.lastSuccessAt ?? 0, auth.enrolledAt);
  return Math.max(0, Math.floor((now - contact) / DAY_MS));
}

/**
 * Checks the phone's age and wipes its records once WIPE_DAYS have passed (once: a wiped
 * phone is counted again from there only after it synced). Called when the records open.
 */
export async function checkExpiry(
  db: PintuDb = appDb,
  now: number = Date.now(),
  limits = EXPIRY,
): Promise<Expiry> {
  const days = await daysWithoutSync(db, now);
  if (days === null || days < limits.askSyncAfterDays) return { state: 'fresh' };
  if (days < limits.wipeAfterDays) return { state: 'ask-sync', days };
  await wipeExpiredRecords(db);
  return { state: 'wiped', days };
}

/**
 * Deletes the area's records, "Ditolak" and the answers waiting for the page, and forgets
 * the pull cursor (the next sync downloads the area again). Keeps the outbox (sealed), the
 * sign-in, the data key and the device counters, so pending changes are sent at the next sync.
 */
export async function wipeExpiredRecords(db: PintuDb): Promise<void> {
  await db.transaction('rw', [...db.fieldTables, db.rejected, db.meta], async () => {
    await Promise.all([...db.fieldTables, db.rejected].map((table) => table.clear()));
    await db.meta.delete(ANSWERED_RECORDS_KEY);
  });
  await updateSyncState(db, { scope: null, cursor: null });
}
