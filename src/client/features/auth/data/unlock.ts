import { db as appDb, type PintuDb } from '@client/db/db';
import { readSignedIn } from '@client/sync/auth';
import { wipeDevice } from '@client/sync/wipe';
import { openRecords } from '@client/db/at-rest-key';
import { openWithPin } from './pin';

/** Wrong PINs so far and when the next try is allowed, in `meta` so a reload keeps them. */
export const ATTEMPTS_KEY = 'pin-attempts';
export type PinAttempts = { failures: number; waitUntil: number };

/** Tries allowed before the waits start, and the first wait (it doubles, up to an hour). */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** The wait after the n-th wrong PIN in a row: none, none, 30 s, 60 s, 2 min, 4 min, … */
export function waitAfterFailures(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES));
}

export async function readAttempts(db: PintuDb): Promise<PinAttempts> {
  const value = (await db.meta.get(ATTEMPTS_KEY))?.value as PinAttempts | undefined;
  return value ?? { failures: 0, waitUntil: 0 };
}

/** Wrong PINs in a row that wipe the phone, as phones do. */
export const WIPE_AFTER_FAILURES = 10;

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong' | 'wait'; failures: number; waitUntil: number }
  | { ok: false; reason: 'signed-out' | 'wiped' };

/**
 * Checks a PIN against the verifier, offline:
 *   1. refuse without checking while the wait after earlier wrong PINs runs;
 *   2. count this try as wrong *before* checking, so closing the app during the check
 *      (half a second of PBKDF2) cannot buy a free try;
 *   3. check; a right PIN clears the count and opens the records (their data key), a wrong
 *      one keeps the count with its wait; the tenth wrong one in a row wipes the phone.
 */
export async function unlockWithPin(
  pin: string,
  db: PintuDb = appDb,
  now: () => number = Date.now,
): Promise<UnlockResult> {
  const auth = await readSignedIn(db);
  if (!auth) return { ok: false, reason: 'signed-out' };
  // One transaction: two tabs trying at once still count two tries.
  const counted = await db.transaction('rw', db.meta, async () => {
    const before = await readAttempts(db);
    if (now() < before.waitUntil) return null;
    const failures = before.failures + 1;
    const wait = waitAfterFailures(failures);
    const value = { failures, waitUntil: wait > 0 ? now() + wait : 0 };
    await db.meta.put({ key: ATTEMPTS_KEY, value });
    return value;
  });
  if (!counted) return { ok: false, reason: 'wait', ...(await readAttempts(db)) };

  const wrapKey = await openWithPin(pin, auth.pin);
  if (wrapKey) {
    await db.meta.delete(ATTEMPTS_KEY);
    // The PIN's second half of key opens the records (src/client/db/at-rest-key.ts).
    await openRecords(db, wrapKey);
    return { ok: true };
  }
  if (counted.failures >= WIPE_AFTER_FAILURES) {
    // Records, pending changes, the data key and the sign-in: a thief who kept guessing
    // gets nothing, not even a device token to pull the area again with.
    await wipeDevice(db, {
      status: 'revoked',
      revokedAt: now(),
      unsentDeleted: 0,
      reason: 'wrong-pins',
    });
    return { ok: false, reason: 'wiped' };
  }
  return { ok: false, reason: 'wrong', ...counted };
}
