import type { EntityName } from '@shared/domain/entities';
import { HlcClock, maxHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { tableOf, withIndexFields } from '../db/commit';
import type { PintuDb } from '../db/db';
import { loadDeviceState, saveDeviceState } from '../db/device';
import { TABLE_OF } from '../db/schema';

type Pending = { fields: Set<string>; deleted: boolean };

/**
 * Lands one page of pulled records, in one transaction with the cursor that follows it:
 *   1. find which of these records have local changes still in the outbox, and which fields;
 *   2. take each record as the server holds it — the server is the authority, so every
 *      device ends up with the same state — then lay the pending local fields back over it
 *      (their values and HLCs), since the server has not seen them yet; a pending delete stays;
 *   3. write the records (with their device-only index fields) and the new cursor;
 *   4. move this device's clock past every HLC seen, so a later local edit sorts after them.
 * Once the outbox entry is acknowledged, the next pull brings the server's merged value.
 */
export async function applyPulledPage(
  db: PintuDb,
  changes: readonly RecordChange[],
  saveCursor: () => Promise<void>,
): Promise<void> {
  const entities = [...new Set(changes.map((c) => c.entity))];
  const tables = entities.map((e) => db.table(TABLE_OF[e]));
  await db.transaction('rw', [...tables, db.outbox, db.meta], async () => {
    const pending = await pendingChanges(db, changes);
    const current = await readPendingRecords(db, changes, pending);
    let newest: string | undefined;

    const byEntity = new Map<EntityName, Record<string, unknown>[]>();
    for (const change of changes) {
      const record: Record<string, unknown> & { hlc: Record<string, string> } = {
        ...change.values,
        id: change.id,
        hlc: { ...change.hlc },
        ...(change.deleted ? { deleted: true } : {}),
      };
      for (const h of Object.values(change.hlc)) newest = maxHlc(newest, h);
      const local = pending.get(change.id);
      const mine = current.get(change.id);
      if (local && mine) {
        for (const field of local.fields) {
          record[field] = mine[field];
          const h = (mine.hlc as Record<string, string>)[field];
          if (h) record.hlc[field] = h;
        }
        if (local.deleted) {
          record.deleted = true;
          record.hlc.deleted = (mine.hlc as Record<string, string>).deleted ?? record.hlc.deleted!;
        }
      }
      const list = byEntity.get(change.entity) ?? [];
      list.push(withIndexFields(change.entity, record as never));
      byEntity.set(change.entity, list);
    }
    for (const [entity, records] of byEntity) await tableOf(db, entity).bulkPut(records as never);

    if (newest) {
      const device = await loadDeviceState(db);
      const clock = new HlcClock(device.deviceId, device.lastHlc);
      clock.observe(newest);
      if (clock.last !== device.lastHlc)
        await saveDeviceState(db, { ...device, lastHlc: clock.last });
    }
    await saveCursor();
  });
}

async function pendingChanges(db: PintuDb, changes: readonly RecordChange[]) {
  const pending = new Map<string, Pending>();
  if ((await db.outbox.count()) === 0) return pending;
  const entries = await db.outbox
    .where('entityId')
    .anyOf(changes.map((c) => c.id))
    .toArray();
  for (const entry of entries) {
    const p = pending.get(entry.entityId) ?? { fields: new Set<string>(), deleted: false };
    if (entry.op === 'delete') p.deleted = true;
    for (const field of Object.keys(entry.values ?? {})) p.fields.add(field);
    pending.set(entry.entityId, p);
  }
  return pending;
}

async function readPendingRecords(
  db: PintuDb,
  changes: readonly RecordChange[],
  pending: Map<string, Pending>,
): Promise<Map<string, Record<string, unknown>>> {
  const current = new Map<string, Record<string, unknown>>();
  for (const change of changes) {
    if (!pending.has(change.id)) continue;
    const row = await tableOf(db, change.entity).get(change.id);
    if (row) current.set(change.id, row);
  }
  return current;
}
