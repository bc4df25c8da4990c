import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { readAuth, type AuthRecord } from '@client/sync/auth';
import { readAttempts, type PinAttempts } from '../data/unlock';

/** The phone's sign-in: `undefined` while it loads, `null` before enrollment. */
export function useAuth(): AuthRecord | null | undefined {
  return useLiveQuery(() => readAuth(db), []);
}

/** Wrong PINs so far and the wait they impose, live (another tab may try too). */
export function usePinAttempts(): PinAttempts | undefined {
  return useLiveQuery(() => readAttempts(db), []);
}

/** Changes waiting to be sent, for the sign-out warning. */
export function useUnsentCount(): number | undefined {
  return useLiveQuery(() => db.countPending(), []);
}
