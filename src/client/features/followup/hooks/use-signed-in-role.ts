import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { readSignedIn } from '@client/sync/auth';
import type { Role } from '@shared/auth/roles';

/** The role of the user signed in on this phone; null when nobody is (undefined while read). */
export function useSignedInRole(): Role | null | undefined {
  return useLiveQuery(async () => (await readSignedIn(db))?.user.role ?? null, []);
}
