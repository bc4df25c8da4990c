import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import type { LocalHousehold } from '@client/db/schema';

/** One household record for its edit form; `null` when missing or deleted. */
export function useHouseholdRecord(id: string | undefined): LocalHousehold | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const h = await db.households.get(id);
    return h && !h.deleted ? h : null;
  }, [id]);
}
