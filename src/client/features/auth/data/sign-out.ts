import { db as appDb, type PintuDb } from '@client/db/db';
import { apiRequest } from '@client/sync/api';
import { wipeDevice } from '@client/sync/wipe';

type Api = (path: string, options: { method: 'POST'; timeoutMs: number }) => Promise<unknown>;

/** Changes still waiting to be sent: after the last push, what signing out would delete. */
export function countUnsent(db: PintuDb = appDb): Promise<number> {
  return db.countPending();
}

/**
 * Signs out, after the screen has pushed what it could and the volunteer agreed to lose the
 * rest:
 *   1. tell the server, when it answers, so this phone's token stops working at once (offline,
 *      the lurah can still revoke the device);
 *   2. delete everything the app keeps on the phone (`wipeDevice`).
 * Returns whether the server heard it.
 */
export async function signOut(db: PintuDb = appDb, api: Api = apiRequest): Promise<boolean> {
  const told = await api('/api/auth/sign-out', { method: 'POST', timeoutMs: 5_000 }).then(
    () => true,
    () => false,
  );
  await wipeDevice(db);
  return told;
}

/** After the revocation notice was read: the phone is new again, ready for a new code. */
export async function forgetRevocation(db: PintuDb = appDb): Promise<void> {
  await wipeDevice(db);
}
