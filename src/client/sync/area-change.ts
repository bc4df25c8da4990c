import { areaContains, type UserArea } from '@shared/auth/roles';
import type { PintuDb } from '../db/db';
import { takePendingOf } from '../db/outbox';
import {
  AREA_NOTICE_KEY,
  OUT_OF_AREA_REASON,
  type AreaChangeOutcome,
  type AreaNotice,
} from './area-notice';
import { AUTH_KEY, readAuth } from './auth';
import { loadSyncState, updateSyncState } from './sync-state';

/**
 * The server answered a pull with the user's current area, and it is not the one this
 * phone's data was pulled for (the area shrank, grew or moved, or this is the first pull). In
 * one transaction:
 *   1. delete every local record whose place (kelurahan, RW, RT) lies outside the area — the
 *      phone holds only what its user may see;
 *   2. move the pending outbox entries of those records to "Ditolak" with the reason, so the
 *      volunteer sees what was not sent — never silently away (the push loop renumbers what
 *      remains when the server asks for the skipped sequence numbers);
 *   3. keep the new area in the signed-in user, and a notice of what changed (when the phone
 *      held an area before), for the screens;
 *   4. remember the area and restart the pull from the beginning: a cursor of the old area
 *      would skip older records of a part that was added.
 */
export async function adoptArea(
  db: PintuDb,
  area: UserArea,
  scope: string,
  now: () => number = Date.now,
): Promise<AreaChangeOutcome> {
  return db.transaction(
    'rw',
    [...db.fieldTables, db.outboxRows, db.rejected, db.meta],
    async () => {
      const dropped: string[] = [];
      for (const table of db.fieldTables) {
        const ids = await table
          .filter((row) => !areaContains(area, row as Parameters<typeof areaContains>[1]))
          .primaryKeys();
        await table.bulkDelete(ids);
        dropped.push(...ids);
      }
      const entries = await takePendingOf(db, dropped);
      const rejectedAt = now();
      await db.rejected.bulkPut(
        entries.map((entry) => ({ ...entry, reason: OUT_OF_AREA_REASON, rejectedAt })),
      );

      const previous = (await loadSyncState(db)).area;
      if (previous) {
        const notice: AreaNotice = {
          at: rejectedAt,
          from: previous,
          to: area,
          deletedRecords: dropped.length,
          rejectedChanges: entries.length,
        };
        await db.meta.put({ key: AREA_NOTICE_KEY, value: notice });
      }
      const auth = await readAuth(db);
      if (auth?.status === 'active') {
        await db.meta.put({ key: AUTH_KEY, value: { ...auth, user: { ...auth.user, area } } });
      }
      await updateSyncState(db, { area, scope, cursor: null });
      return { deletedRecords: dropped.length, rejectedChanges: entries.length };
    },
  );
}
