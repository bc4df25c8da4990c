import type { PintuDb } from '../db/db';
import { AUTH_KEY, type Revoked } from './auth';

/** Prefix of every localStorage and sessionStorage key of the app. */
export const STORAGE_PREFIX = 'pintu:';

/** The dashboards' saved answers (src/client/app/query-store.ts): area figures, wiped too. */
export const SAVED_ANSWERS_DB = 'pintu-answers';

/**
 * Deletes everything the app keeps on this phone: every Dexie table (field data, outbox,
 * "Ditolak", device counters, sync cursor, sign-in) in one transaction, then the app's
 * localStorage and sessionStorage keys and the dashboards' saved answers. `leave` is written in the same transaction, so a
 * revoked phone is never found wiped but without the notice saying why.
 * Returns how many changes were still waiting to be sent.
 */
export async function wipeDevice(db: PintuDb, leave?: Revoked): Promise<number> {
  const unsent = await db.transaction('rw', db.tables, async () => {
    const count = await db.countPending();
    await Promise.all(db.tables.map((table) => table.clear()));
    if (leave) await db.meta.put({ key: AUTH_KEY, value: { ...leave, unsentDeleted: count } });
    return count;
  });
  db.atRest.close();
  clearAppStorage();
  await deleteSavedAnswers();
  return unsent;
}

/**
 * A 401 `revoked` from the server: the phone keeps no personal data of the area, and the
 * lock screen gives way to a notice with the reason and the number of unsent changes lost.
 */
export function wipeForRevocation(db: PintuDb, now = Date.now()): Promise<number> {
  return wipeDevice(db, { status: 'revoked', revokedAt: now, unsentDeleted: 0 });
}

function clearAppStorage(): void {
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (!storage) continue;
    try {
      const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
      for (const key of keys) if (key?.startsWith(STORAGE_PREFIX)) storage.removeItem(key);
    } catch {
      // Storage blocked (private mode): nothing of ours is in it.
    }
  }
}

function deleteSavedAnswers(): Promise<void> {
  return new Promise((resolve) => {
    const request = globalThis.indexedDB?.deleteDatabase(SAVED_ANSWERS_DB);
    if (!request) return resolve();
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // A dashboard of this page still holds it open: deleted as soon as the page closes.
    request.onblocked = () => resolve();
  });
}
