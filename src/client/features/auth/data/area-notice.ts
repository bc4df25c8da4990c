import { db as appDb, type PintuDb } from '@client/db/db';
import { AREA_NOTICE_KEY } from '@client/sync/area-notice';

/** The volunteer has read the notice of their changed area. */
export async function dismissAreaNotice(db: PintuDb = appDb): Promise<void> {
  await db.meta.delete(AREA_NOTICE_KEY);
}
