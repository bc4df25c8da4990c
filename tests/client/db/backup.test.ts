import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, exportBackup, importBackup } from '@client/db/backup';
import { commitChanges, type LocalChange } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { loadDeviceState } from '@client/db/device';
import { uuidv7 } from '@shared/ids';
import { formatHlc, parseHlc } from '@shared/sync/hlc';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { allPending } from '@client/db/outbox';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
const open: PintuDb[] = [];
function newDb(): PintuDb {
  const db = new PintuDb(`backup-${uuidv7()}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const household = (id: string, headName = 'Budi Santoso'): LocalChange => ({
  entity: 'household',
  op: 'put',
  id,
  values: { ...area, street: 'Jl. Melati', houseNumber: '12', headName },
});
const resident = (id: string, householdId: string, name: string): LocalChange => ({
  entity: 'resident',
  op: 'put',
  id,
  values: {
    householdId,
    ...area,
    name,
    nik: '3275015003850001',
    birthDate: '1985-03-10',
    sex: 'P',
    relation: 'istri',
    ktpElsewhere: false,
    residenceStatus: 'aktif',
  },
});

/** A device with a household, two residents (one deleted), a dose, a visit and an isoman. */
async function fillDevice(db: PintuDb) {
  const h = uuidv7();
  const siti = uuidv7();
  const ani = uuidv7();
  await commitChanges(db, [household(h), resident(siti, h, 'Siti Aminah')]);
  await commitChanges(db, [resident(ani, h, 'Ani Lestari')]);
  await commitChanges(db, [
    {
      entity: 'dose',
      op: 'put',
      id: uuidv7(),
      values: {
        residentId: siti,
        householdId: h,
        ...area,
        kind: 'dosis1',
        date: '2021-08-01',
        product: 'coronavac',
      },
    },
    {
      entity: 'visit',
      op: 'put',
      id: uuidv7(),
      values: {
        householdId: h,
        ...area,
        at: '2026-11-01T09:00:00+07:00',
        outcome: 'ditemui',
        revisitNeeded: false,
      },
    },
    {
      entity: 'isoman',
      op: 'put',
      id: uuidv7(),
      values: {
        residentId: siti,
        householdId: h,
        ...area,
        startDate: '2026-11-01',
        expectedEndDate: '2026-11-11',
      },
    },
  ]);
  await commitChanges(db, [{ entity: 'resident', op: 'delete', id: ani }]);
  const [first] = await allPending(db);
  await db.rejected.add({
    ...first!,
    id: uuidv7(),
    reason: 'Di luar wilayah Anda.',
    rejectedAt: 1,
  });
  await db.meta.put({ key: 'area', value: area });
  await db.meta.put({ key: 'session-token', value: 'rahasia' });
  return { h, siti, ani };
}

/** Everything a user or the sync engine could see on the device. */
async function snapshot(db: PintuDb) {
  return {
    households: await db.households.orderBy('id').toArray(),
    residents: await db.residents.orderBy('id').toArray(),
    isoman: await db.isoman.orderBy('id').toArray(),
    doses: await db.doses.orderBy('id').toArray(),
    visits: await db.visits.orderBy('id').toArray(),
    outbox: await allPending(db),
    rejected: await db.rejected.orderBy('id').toArray(),
    meta: await db.meta.orderBy('key').toArray(),
  };
}

const mutationView = (entries: Awaited<ReturnType<typeof snapshot>>['outbox']) =>
  entries.map(({ seq: _seq, ...rest }) => rest);

describe('exportBackup', () => {
  it('writes every table and the outbox, without device-only fields or secrets', async () => {
    const db = newDb();
    await fillDevice(db);
    const file = JSON.parse(await (await exportBackup(db)).text());
    expect(file).toMatchObject({
      format: 'pintu-backup',
      version: 1,
      schemaVersion: SCHEMA_VERSION,
    });
    expect(file.deviceId).toBe((await loadDeviceState(db)).deviceId);
    expect(Date.parse(file.exportedAt)).not.toBeNaN();
    expect(file.records.household).toHaveLength(1);
    expect(file.records.resident).toHaveLength(2);
    expect(file.records.resident[0].nameWords).toBeUndefined();
    expect(file.records.household[0].searchWords).toBeUndefined();
    expect(file.outbox).toHaveLength(7);
    expect(file.rejected).toHaveLength(1);
    expect(file.meta.map((m: { key: string }) => m.key).sort()).toEqual(['area', 'device']);
  });
});

describe('importBackup', () => {
  it('restores identical records and mutations into an empty database', async () => {
    const source = newDb();
    await fillDevice(source);
    const blob = await exportBackup(source);
    const target = newDb();
    const result = await importBackup(target, blob);
    expect(result).toEqual({ records: 6, mutations: 7 });

    const before = await snapshot(source);
    const after = await snapshot(target);
    for (const table of [
      'households',
      'residents',
      'isoman',
      'doses',
      'visits',
      'rejected',
    ] as const) {
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after.residents.find((r) => r.deleted)?.name).toBe('Ani Lestari');
    expect(after.residents[0]!.nameWords.length).toBeGreaterThan(0);
    expect(mutationView(after.outbox)).toEqual(mutationView(before.outbox));
    expect(after.outbox.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // The working area comes along; the secret and the other device's counters do not.
    const meta = new Map(after.meta.map((m) => [m.key, m.value]));
    expect(meta.get('area')).toEqual(area);
    expect(meta.has('session-token')).toBe(false);
    expect((await loadDeviceState(target)).deviceId).not.toBe(
      (await loadDeviceState(source)).deviceId,
    );
  });

  it('changes nothing when the same backup is imported twice', async () => {
    const source = newDb();
    await fillDevice(source);
    const blob = await exportBackup(source);
    const target = newDb();
    await importBackup(target, blob);
    const once = await snapshot(target);
    expect(await importBackup(target, blob)).toEqual({ records: 0, mutations: 0 });
    expect(await snapshot(target)).toEqual(once);
  });

  it('numbers restored changes after this device’s own, keeping their ids and order', async () => {
    const source = newDb();
    await fillDevice(source);
    const sourceOutbox = await allPending(source);
    const target = newDb();
    await commitChanges(target, [household(uuidv7(), 'Pak RT')]);
    await commitChanges(target, [household(uuidv7(), 'Bu RW')]);

    await importBackup(target, await exportBackup(source));
    const outbox = await allPending(target);
    expect(outbox.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(outbox.slice(2).map((e) => e.id)).toEqual(sourceOutbox.map((e) => e.id));
    expect((await loadDeviceState(target)).nextSeq).toBe(10);
    const [next] = await commitChanges(target, [household(uuidv7(), 'Pak Lurah')]);
    expect(next!.seq).toBe(10);
  });

  it('keeps newer local edits and tombstones when an older backup comes back', async () => {
    const db = newDb();
    const { h, siti } = await fillDevice(db);
    const old = await exportBackup(db);
    await commitChanges(db, [{ ...household(h, 'Budi S.') }]);
    await commitChanges(db, [{ entity: 'resident', op: 'delete', id: siti }]);
    const before = await snapshot(db);

    expect(await importBackup(db, old)).toEqual({ records: 0, mutations: 0 });
    expect(await snapshot(db)).toEqual(before);
    expect((await db.households.get(h))!.headName).toBe('Budi S.');
    expect((await db.residents.get(siti))!.deleted).toBe(true);
  });

  it('merges field by field: edits of different fields on two devices both survive', async () => {
    const a = newDb();
    const { h } = await fillDevice(a);
    const b = newDb();
    await importBackup(b, await exportBackup(a));
    await commitChanges(a, [
      { entity: 'household', op: 'put', id: h, values: { houseNumber: '12A' } },
    ]);
    await commitChanges(b, [
      { entity: 'household', op: 'put', id: h, values: { headName: 'Budi S.' } },
    ]);

    expect(await importBackup(b, await exportBackup(a))).toMatchObject({ records: 1 });
    const merged = (await b.households.get(h))!;
    expect([merged.houseNumber, merged.headName]).toEqual(['12A', 'Budi S.']);
    expect(merged.searchWords).toEqual(expect.arrayContaining(['12a', 'budi', 's']));
  });

  it('moves the clock past restored HLCs, so the next edit wins over them', async () => {
    const db = newDb();
    const { h } = await fillDevice(db);
    const file = JSON.parse(await (await exportBackup(db)).text());
    const ahead = formatHlc({ wall: Date.now() + 60_000, counter: 0, node: 'other' });
    file.records.household[0].headName = 'Dari HP lain';
    file.records.household[0].hlc.headName = ahead;
    const target = newDb();
    await importBackup(target, new Blob([JSON.stringify(file)]));
    await commitChanges(target, [household(h, 'Diubah sesudah impor')]);
    const stored = (await target.households.get(h))!;
    expect(stored.headName).toBe('Diubah sesudah impor');
    expect(parseHlc(stored.hlc.headName!).wall).toBeGreaterThanOrEqual(parseHlc(ahead).wall);
  });

  it('reports progress up to the total', async () => {
    const source = newDb();
    await fillDevice(source);
    const calls: [number, number][] = [];
    await importBackup(newDb(), await exportBackup(source), (done, total) =>
      calls.push([done, total]),
    );
    expect(calls[0]).toEqual([0, 13]);
    expect(calls.at(-1)).toEqual([13, 13]);
    const dones = calls.map(([done]) => done);
    expect(dones).toEqual([...dones].sort((x, y) => x - y));
  });

  describe('refuses a wrong or damaged file and changes nothing', () => {
    async function expectRefused(content: string, message: RegExp) {
      const db = newDb();
      await fillDevice(db);
      const before = await snapshot(db);
      const error = await importBackup(db, new Blob([content])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
    }

    it('a file cut off half-way', async () => {
      const source = newDb();
      await fillDevice(source);
      const text = await (await exportBackup(source)).text();
      await expectRefused(text.slice(0, text.length / 2), /rusak/);
    });

    it('a file that is not a Pintu backup', async () => {
      await expectRefused('{"type":"FeatureCollection","features":[]}', /bukan cadangan Pintu/);
      await expectRefused('Nama,NIK\nSiti,3275015003850001', /bukan cadangan Pintu/);
    });

    it('a backup from a newer version', async () => {
      const source = newDb();
      await fillDevice(source);
      const file = JSON.parse(await (await exportBackup(source)).text());
      await expectRefused(JSON.stringify({ ...file, version: 99 }), /versi Pintu yang lebih baru/);
    });

    it('a failure late in the import, after records were merged', async () => {
      const source = newDb();
      await fillDevice(source);
      await commitChanges(source, [household(uuidv7(), 'Tetangga')]);
      const file = JSON.parse(await (await exportBackup(source)).text());
      // The same rejected entry twice makes the last write of the transaction fail.
      file.rejected.push(file.rejected[0]);
      const db = newDb();
      await fillDevice(db);
      const before = await snapshot(db);
      await expect(importBackup(db, new Blob([JSON.stringify(file)]))).rejects.toThrow();
      expect(await snapshot(db)).toEqual(before);
    });

    it('a backup with a damaged record, even after good ones', async () => {
      const source = newDb();
      const { h } = await fillDevice(source);
      await commitChanges(source, [household(uuidv7(), 'Tetangga')]);
      const file = JSON.parse(await (await exportBackup(source)).text());
      file.records.household.find((r: { id: string }) => r.id !== h).hlc.headName = 'kemarin';
      await expectRefused(JSON.stringify(file), /rusak/);
    });
  });
});
