import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { loadDeviceState } from '@client/db/device';
import { allPending } from '@client/db/outbox';
import { uuidv7 } from '@shared/ids';
import { compactNode, compareHlc, parseHlc } from '@shared/sync/hlc';
import { ANSWERED_RECORDS_KEY } from '@shared/sync/messages';
import { VERSION_1_STORES, VERSION_2_STORES, VERSION_3_STORES } from './old-versions';

const DEVICE = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
const OTHER = '0190a1b2-0000-7e5f-9a6b-000000000001';
const stamp = (wall: number, node: string) => `${String(wall).padStart(15, '0')}-000000-${node}`;
const COMPACT = /^[0-9a-f]{16}\.[0-9A-Za-z_-]{1,64}$/;
const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };

/** A version 3 database as a phone of app version 3 has it: 59-character HLCs everywhere. */
async function versionThreePhone(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(VERSION_1_STORES);
  old.version(2).stores(VERSION_2_STORES);
  old.version(3).stores(VERSION_3_STORES);
  const householdId = uuidv7();
  const values = { ...area, street: 'Jl. Melati', houseNumber: '12', headName: 'Budi' };
  const household = {
    id: householdId,
    ...values,
    searchWords: ['jl', 'melati', 'budi'],
    hlc: {
      kelurahanCode: stamp(1_700_000_000_000, OTHER),
      rw: stamp(1_700_000_000_000, OTHER),
      rt: stamp(1_700_000_000_000, OTHER),
      street: stamp(1_700_000_000_000, OTHER),
      houseNumber: stamp(1_700_000_000_000, OTHER),
      headName: stamp(1_700_000_500_000, DEVICE), // this phone's edit, still pending
    },
  };
  await old.table('households').add(household);
  const pending = {
    seq: 1,
    id: uuidv7(),
    entity: 'household',
    entityId: householdId,
    op: 'put',
    values: { headName: 'Budi' },
    hlc: stamp(1_700_000_500_000, DEVICE),
    createdAt: 1_700_000_500_000,
  };
  await old
    .table('outboxRows')
    .add({ seq: 1, size: 1, changes: [pending], entityIds: [householdId] });
  await old.table('rejected').add({ ...pending, id: uuidv7(), reason: 'Ditolak', rejectedAt: 1 });
  await old.table('meta').bulkAdd([
    {
      key: 'device',
      value: { deviceId: DEVICE, nextSeq: 2, lastHlc: stamp(1_700_000_500_000, DEVICE) },
    },
    { key: 'sync', value: { cursor: 'cursor-of-version-3' } },
    {
      key: ANSWERED_RECORDS_KEY,
      value: {
        records: [
          { entity: 'household', id: householdId, values, hlc: household.hlc, deleted: false },
        ],
        absent: [],
      },
    },
  ]);
  old.close();
  return { household, pending };
}

describe('database version 5: compact HLCs', () => {
  it('turns every stored stamp compact, the same timestamps, and keeps the cursor and pending changes', async () => {
    const name = `v3-${uuidv7()}`;
    const { household, pending } = await versionThreePhone(name);
    const db = new PintuDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(6);
      const stored = (await db.households.get(household.id))!;
      expect(stored.headName).toBe('Budi');
      for (const [field, h] of Object.entries(stored.hlc)) {
        expect(h).toMatch(COMPACT);
        expect(compareHlc(h, household.hlc[field as keyof typeof household.hlc])).toBe(0);
      }
      expect(parseHlc(stored.hlc.headName!).node).toBe(compactNode(DEVICE));

      const [change] = await allPending(db);
      expect(change).toEqual({ ...pending, hlc: stored.hlc.headName });
      const [refused] = await db.rejected.toArray();
      expect(refused!.hlc).toBe(stored.hlc.headName);
      expect(((await db.meta.get('sync'))!.value as { cursor: string }).cursor).toBe(
        'cursor-of-version-3',
      );
      const answered = (await db.meta.get(ANSWERED_RECORDS_KEY))!.value as {
        records: { hlc: Record<string, string> }[];
      };
      expect(answered.records[0]!.hlc).toEqual(stored.hlc);
      const device = await db.transaction('r', db.meta, () => loadDeviceState(db));
      expect(device.lastHlc).toMatch(COMPACT);
      expect(compareHlc(device.lastHlc, pending.hlc)).toBe(0);

      // The next edit goes on from the converted clock, compact and later than all of it.
      await commitChanges(db, [
        { entity: 'household', op: 'put', id: household.id, values: { street: 'Jl. Mawar' } },
      ]);
      const edited = (await db.households.get(household.id))!;
      expect(edited.hlc.street).toMatch(COMPACT);
      expect(parseHlc(edited.hlc.street!).node).toBe(compactNode(DEVICE));
      for (const h of Object.values(stored.hlc)) {
        expect(compareHlc(edited.hlc.street!, h)).toBeGreaterThan(0);
      }
      expect((await allPending(db)).map((c) => c.seq)).toEqual([1, 2]);
    } finally {
      await db.delete();
    }
  });
});
