import { ANSWERED_RECORDS_KEY } from '@shared/sync/messages';
import type { CurrentRecords } from '@shared/sync/protocol';
import type { PintuDb } from '../db/db';
import { pendingOf } from '../db/outbox';
import { TABLE_OF } from '../db/schema';
import { applyPulledPage } from './apply-pulled';

/** Every table a push answer's records may touch, for the transaction that lands them. */
export function answerTables(db: PintuDb) {
  return [...Object.values(TABLE_OF).map((t) => db.table(t)), db.outboxRows, db.meta];
}

/**
 * Lands the server's current records from a push answer, inside the caller's transaction
 * (which includes `answerTables`), after the answered changes left the outbox:
 *   1. the records as from a pull: the server's values, this device's pending changes laid
 *      over them;
 *   2. a record the server does not hold (a rejected new record) leaves the device, unless a
 *      change of it still waits (its answer will settle it).
 * The "Ditolak" list keeps what the volunteer typed; the record shows what the server holds.
 */
export async function applyCurrentRecords(db: PintuDb, current: CurrentRecords): Promise<void> {
  if (current.records.length > 0) await applyPulledPage(db, current.records, async () => {});
  if (current.absent.length === 0) return;
  const waiting = new Set(
    (
      await pendingOf(
        db,
        current.absent.map((a) => a.id),
      )
    ).map((c) => c.entityId),
  );
  for (const { entity, id } of current.absent) {
    if (!waiting.has(id)) await db.table(TABLE_OF[entity]).delete(id);
  }
}

/** Lands what the service worker's pushes left in `meta` (background-sync.ts), then drops it. */
export async function applyWorkerAnswers(db: PintuDb): Promise<void> {
  if (!(await db.meta.get(ANSWERED_RECORDS_KEY))) return;
  await db.transaction('rw', answerTables(db), async () => {
    const entry = await db.meta.get(ANSWERED_RECORDS_KEY);
    if (!entry) return;
    await applyCurrentRecords(db, entry.value as CurrentRecords);
    await db.meta.delete(ANSWERED_RECORDS_KEY);
  });
}
