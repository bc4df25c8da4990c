import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '@client/db/backup';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import {
  readHouseholdFollowups,
  readOpenFollowups,
} from '@client/features/followup/data/open-followups';
import { applyPulledPage } from '@client/sync/apply-pulled';
import { uuidv7 } from '@shared/ids';
import { formatHlc } from '@shared/sync/hlc';
import type { RecordChange } from '@shared/sync/protocol';
import { addHousehold, AREA, residentFields } from '../fixtures';
import { VERSION_1_STORES } from '../../db/old-versions';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`followups-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const rina = uuidv7();
const dodi = uuidv7();
const hlc = formatHlc({ wall: Date.now() - 60_000, counter: 0, node: 'server' });

/** A follow-up as a pull brings it from the server. */
function pulled(values: Record<string, unknown>, deleted = false): RecordChange {
  const full = {
    ...AREA,
    assignedTo: rina,
    assignedToName: 'Rina',
    assignedByName: 'Bu Lurah',
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    ...values,
  };
  const stamps = Object.fromEntries(Object.keys(full).map((k) => [k, hlc]));
  return { entity: 'followup', id: uuidv7(), values: full, hlc: stamps, deleted };
}
const land = (changes: RecordChange[]) => applyPulledPage(db, changes, async () => {});

async function setUp() {
  const householdId = await addHousehold(db);
  const residentId = uuidv7();
  await commitChanges(db, [
    {
      entity: 'resident',
      op: 'put',
      id: residentId,
      values: residentFields(householdId, { notVaccinatedReason: 'takut-kipi' }),
    },
  ]);
  const vaccinate = pulled({ kind: 'belum-vaksin', householdId, residentId, note: 'Ajak ke pos' });
  const revisit = pulled({
    kind: 'kunjungan-ulang',
    householdId,
    assignedTo: dodi,
    dueDate: '2026-12-01',
  });
  await land([vaccinate, revisit]);
  return { householdId, residentId, vaccinate, revisit };
}

describe('the volunteer’s follow-up list', () => {
  it('shows pulled follow-ups of the RW by RT, and only a relawan’s own', async () => {
    const { vaccinate, revisit } = await setUp();
    const all = await readOpenFollowups(db, AREA, null);
    expect(all).toEqual([
      {
        rt: AREA.rt,
        items: [
          expect.objectContaining({
            id: revisit.id,
            kind: 'kunjungan-ulang',
            name: 'Budi Santoso',
            dueDate: '2026-12-01',
          }),
          expect.objectContaining({
            id: vaccinate.id,
            kind: 'belum-vaksin',
            name: 'Siti Aminah',
            address: 'Jl. Melati No. 1',
            reason: 'takut-kipi',
            note: 'Ajak ke pos',
            assignedByName: 'Bu Lurah',
          }),
        ],
      },
    ]);
    const mine = await readOpenFollowups(db, AREA, { userId: rina, role: 'relawan' });
    expect(mine.flatMap((g) => g.items.map((i) => i.id))).toEqual([vaccinate.id]);
    const ketua = await readOpenFollowups(db, AREA, { userId: uuidv7(), role: 'ketua-rw' });
    expect(ketua[0]!.items).toHaveLength(2);
  });

  it('the household page lists its own open follow-ups, whoever they were given to', async () => {
    const { householdId, vaccinate, revisit } = await setUp();
    const other = await addHousehold(db);
    await land([pulled({ kind: 'kunjungan-ulang', householdId: other })]);
    const items = await readHouseholdFollowups(db, householdId);
    expect(items.map((i) => i.id)).toEqual([revisit.id, vaccinate.id]);
    expect(await readHouseholdFollowups(db, uuidv7())).toEqual([]);
  });

  it('an item leaves the list when the dose or the visit is recorded on the phone', async () => {
    const { householdId, residentId, vaccinate, revisit } = await setUp();
    await commitChanges(db, [
      {
        entity: 'dose',
        op: 'put',
        id: uuidv7(),
        values: {
          residentId,
          householdId,
          ...AREA,
          kind: 'dosis1',
          date: '2021-08-17',
          product: 'coronavac',
        },
      },
    ]);
    let ids = (await readOpenFollowups(db, AREA, null)).flatMap((g) => g.items.map((i) => i.id));
    expect(ids).toEqual([revisit.id]);
    expect(ids).not.toContain(vaccinate.id);
    await commitChanges(db, [
      {
        entity: 'visit',
        op: 'put',
        id: uuidv7(),
        values: {
          householdId,
          ...AREA,
          at: new Date().toISOString(),
          outcome: 'ditemui',
          revisitNeeded: false,
        },
      },
    ]);
    ids = (await readOpenFollowups(db, AREA, null)).flatMap((g) => g.items.map((i) => i.id));
    expect(ids).toEqual([]);
  });

  it('a dose synced from elsewhere closes it; a cancelled follow-up disappears', async () => {
    const { householdId, residentId, vaccinate, revisit } = await setUp();
    const dose = {
      residentId,
      householdId,
      ...AREA,
      kind: 'dosis1',
      date: '2026-11-20',
      product: 'pfizer',
    };
    await land([
      {
        entity: 'dose',
        id: uuidv7(),
        values: dose,
        hlc: Object.fromEntries(Object.keys(dose).map((k) => [k, hlc])),
        deleted: false,
      },
      { ...revisit, deleted: true, hlc: { ...revisit.hlc, deleted: hlc } },
    ]);
    expect(await readOpenFollowups(db, AREA, null)).toEqual([]);
    expect((await db.followups.get(vaccinate.id))?.kind).toBe('belum-vaksin');
  });
});

describe('database version 2', () => {
  it('opens a version 1 database with its records and adds the follow-ups table', async () => {
    const name = `v1-${uuidv7()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSION_1_STORES);
    const householdId = uuidv7();
    await v1.table('households').put({
      id: householdId,
      ...AREA,
      street: 'Jl. Mawar',
      headName: 'Ani',
      hlc: {},
      searchWords: ['mawar'],
    });
    await v1.table('outbox').put({
      seq: 1,
      id: uuidv7(),
      entityId: householdId,
      entity: 'household',
      op: 'put',
      hlc,
      createdAt: 1,
    });
    await v1.table('meta').put({ key: 'area', value: AREA });
    const sync = { scope: '32.75.01.1001/3', cursor: 'eyJ2IjoxfQ', area: null, lastSuccessAt: 5 };
    await v1.table('meta').put({ key: 'sync', value: sync });
    v1.close();

    const upgraded = new PintuDb(name);
    try {
      expect(await upgraded.households.get(householdId)).toEqual(
        expect.objectContaining({ street: 'Jl. Mawar' }),
      );
      expect(await upgraded.countPending()).toBe(1);
      expect((await upgraded.meta.get('area'))?.value).toEqual(AREA);
      expect(await upgraded.followups.count()).toBe(0);
      // Version 1 pulls had no follow-ups: the next pull starts the area from the beginning.
      expect((await upgraded.meta.get('sync'))?.value).toEqual({ ...sync, cursor: null });
      expect(upgraded.verno).toBe(6); // and on through every later version
      expect(upgraded.followups.schema.indexes.map((i) => i.name)).toEqual(
        expect.arrayContaining(['householdId', 'residentId', '[kelurahanCode+rw+rt]']),
      );
    } finally {
      await upgraded.delete();
    }
  });

  it('imports a backup file written before follow-ups existed', async () => {
    await setUp();
    const file = JSON.parse(await (await exportBackup(db)).text());
    expect(file.records.followup).toHaveLength(2);
    delete file.records.followup;
    const target = new PintuDb(`restore-${uuidv7()}`);
    try {
      const old = new Blob([JSON.stringify({ ...file, schemaVersion: 1 })]);
      expect(await importBackup(target, old)).toMatchObject({ records: 2 });
      expect(await target.residents.count()).toBe(1);
    } finally {
      await target.delete();
    }
  });
});
