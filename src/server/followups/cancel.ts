import type { Mutation } from '@shared/sync/protocol';
import { uuidv7 } from '@shared/ids';
import type { Database } from '../db/database';
import { insertAuditStatement } from '../data/audit';
import { lockRecords, writeRecords } from '../data/records';
import { ApiError } from '../errors';
import type { Actor } from '../sync/actor';
import { applyMutation, type WorkingSet } from '../sync/apply';
import { auditRow } from '../sync/audit';
import { refuseRole } from '../sync/entity-roles';
import { serverClock } from './create';

/**
 * Cancels a follow-up: a tombstone, as a device's delete would leave (the phones drop it from
 * their lists at the next pull). Cancelling one already cancelled changes nothing.
 */
export async function cancelFollowup(
  db: Database,
  actor: Actor,
  id: string,
  now: () => number = Date.now,
): Promise<void> {
  const m: Mutation = {
    id: uuidv7(),
    seq: 0,
    entity: 'followup',
    entityId: id,
    op: 'delete',
    hlc: serverClock.next(),
  };
  const refused = refuseRole(actor, 'followup');
  if (refused) throw new ApiError(403, 'forbidden', refused);
  await db.transaction(async (tx) => {
    const [current] = await lockRecords(tx, new Map([['followup', [id]]]));
    if (!current) throw new ApiError(404, 'not-found', 'Tindak lanjut tidak ditemukan.');
    const working: WorkingSet = { records: new Map([[id, current]]), dirty: new Set(), moves: [] };
    const outcome = applyMutation(working, m, actor, now());
    if (outcome.status === 'rejected') throw new ApiError(403, 'forbidden', outcome.reason);
    if (!working.dirty.has(id)) return; // cancelled already
    const after = working.records.get(id)!;
    await writeRecords(tx, 'followup', [after]);
    const row = auditRow(current, after, m, actor);
    if (row) await tx.query(insertAuditStatement(1), [JSON.stringify([row])]);
  });
}
