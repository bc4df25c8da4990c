import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import { AREA_NOTICE_KEY, type AreaNotice } from '@client/sync/area-notice';

/** What the last change of the user's area did on this phone, until it is dismissed. */
export function useAreaNotice(): AreaNotice | null | undefined {
  return useLiveQuery(
    async () => ((await db.meta.get(AREA_NOTICE_KEY))?.value as AreaNotice | undefined) ?? null,
    [],
  );
}
