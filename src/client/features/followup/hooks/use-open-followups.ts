import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { readSignedIn } from '@client/sync/auth';
import type { Area } from '@shared/wilayah/wilayah';
import { readOpenFollowups, type RtFollowups } from '../data/open-followups';

/**
 * The open follow-ups of the working area's RW, live: a dose or visit recorded on this phone,
 * or a pull bringing one, takes the item off the list at once. Signed in as a relawan, only
 * the ones given to them.
 */
export function useOpenFollowups(area: Area): RtFollowups[] | undefined {
  const { kelurahanCode, rw, rt } = area;
  return useLiveQuery(async () => {
    const auth = await readSignedIn(db);
    const owner = auth ? { userId: auth.user.id, role: auth.user.role } : null;
    return readOpenFollowups(db, { kelurahanCode, rw, rt }, owner);
  }, [kelurahanCode, rw, rt]);
}
