import type { EntityName } from '@shared/domain/entities';
import { compactHlcs, HlcClock, maxHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { fieldClocks } from '@shared/sync/record-clock';
import type { PintuDb } from '../db/db';
import { loadDeviceState, saveDeviceState } from '../db/device';
import { pendingOf } from '../db/outbox';
import { TABLE_OF } from '../db/schema';
import { withHouseholdWords, withResidentWords } from '../db/search-words';

type Pending = { fields: Set<string>; deleted: boolean };
type Row = Record<string, unknown> & { id: string; hlc: Record<string, string> };

/**
 * Lands one page of pulled records, in one transaction with the cursor that follows it:
 *   1. ask which of these records have local changes still in the outbox, and which fields;
 *   2. meanwhile take each record as the server holds it — the server is the authority, so
 *      every device ends up with the same state — with its device-only index fields;
 *   3. lay the pending local fields back over those records (their values and HLCs), since the
 *      server has not seen them yet; a pending delete stays;
 *   4. write the records, this device's clock moved past every HLC seen (so a later local edit
 *      sorts after them) and the new cursor.
 * Step 4 issues every write at once: the page serializes the next table's records while the
 * database still writes the previous one's, and nothing waits for a round trip in between
 * (on a first download this is the whole cost of a page).
 * Once the outbox entry is acknowledged, the next pull brings the server's merged value.
 */
export async function applyPulledPage(
  db: PintuDb,
  changes: readonly RecordChange[],
  saveCursor: () => Promise<void>,
): Promise<void> {
  const entities = [...new Set(changes.map((c) => c.entity))];
  const tables = entities.map((e) => db.table(TABLE_OF[e]));
  await db.transaction('rw', [...tables, db.outboxRows, db.meta], async () => {
    // 1.
    const asked = pendingChanges(db, changes);
    // 2.
    const byEntity = new Map<EntityName, Row[]>();
    let newest: string | undefined;
    for (const change of changes) {
      const record: Row = {
        ...change.values,
        id: change.id,
        // One clock per record on the wire; the stamps compact already from a version 4
        // server, a version 3 service worker's answer's not.
        hlc: { ...compactHlcs(fieldClocks(change)) },
        ...(change.deleted ? { deleted: true } : {}),
      };
      for (const field in record.hlc) newest = maxHlc(newest, record.hlc[field]);
      let list = byEntity.get(change.entity);
      if (!list) byEntity.set(change.entity, (list = []));
      list.push(record);
    }
    // 3.
    const pending = await asked;
    if (pending.size > 0) await keepLocalFields(db, byEntity, pending);
    // 4.
    await Promise.all([
      ...Array.from(byEntity, ([entity, records]) =>
        tableOf(db, entity).bulkPut(records.map((r) => withIndexFields(entity, r))),
      ),
      observe(db, newest),
      saveCursor(),
    ]);
  });
}

async function pendingChanges(db: PintuDb, changes: readonly RecordChange[]) {
  const pending = new Map<string, Pending>();
  // The usual case on a first download: nothing waits to be pushed.
  if ((await db.outboxRows.count()) === 0) return pending;
  for (const entry of await pendingOf(
    db,
    changes.map((c) => c.id),
  )) {
    const p = pending.get(entry.entityId) ?? { fields: new Set<string>(), deleted: false };
    if (entry.op === 'delete') p.deleted = true;
    for (const field of Object.keys(entry.values ?? {})) p.fields.add(field);
    pending.set(entry.entityId, p);
  }
  return pending;
}

/** Lays the pending local fields of the stored records over the pulled ones (step 3). */
async function keepLocalFields(
  db: PintuDb,
  byEntity: Map<EntityName, Row[]>,
  pending: Map<string, Pending>,
): Promise<void> {
  const reads = Array.from(byEntity, async ([entity, records]) => {
    const mineOnly = records.filter((r) => pending.has(r.id));
    if (mineOnly.length === 0) return;
    const stored = await tableOf(db, entity).bulkGet(mineOnly.map((r) => r.id));
    mineOnly.forEach((record, i) => {
      const mine = stored[i];
      if (!mine) return;
      const local = pending.get(record.id)!;
      const mineHlc = mine.hlc as Record<string, string>;
      for (const field of local.fields) {
        record[field] = mine[field];
        const h = mineHlc[field];
        if (h) record.hlc[field] = h;
      }
      if (local.deleted) {
        record.deleted = true;
        record.hlc.deleted = mineHlc.deleted ?? record.hlc.deleted!;
      }
    });
  });
  await Promise.all(reads);
}

/** Moves this device's clock past the newest HLC of the page (step 4). */
async function observe(db: PintuDb, newest: string | undefined): Promise<void> {
  if (!newest) return;
  const device = await loadDeviceState(db);
  const clock = new HlcClock(device.deviceId, device.lastHlc);
  clock.observe(newest);
  if (clock.last !== device.lastHlc) await saveDeviceState(db, { ...device, lastHlc: clock.last });
}

// The write path's own helpers (db/commit.ts) would bring its zod schemas into the sync chunk,
// which loads with the first screen; these two lines each are all a pulled page needs.
function tableOf(db: PintuDb, entity: EntityName) {
  return db.table<Record<string, unknown>, string>(TABLE_OF[entity]);
}

function withIndexFields(entity: EntityName, record: Record<string, unknown>) {
  if (entity === 'household') return withHouseholdWords(record as never);
  if (entity === 'resident') return withResidentWords(record as never);
  return record;
}
