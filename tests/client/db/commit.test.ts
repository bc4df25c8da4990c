import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeRefusedError, commitChanges } from '@client/db/commit';
import { loadDeviceState } from '@client/db/device';
import { PintuDb } from '@client/db/db';
import { uuidv7 } from '@shared/ids';
import { ValidationError } from '@shared/domain/validation';
import { rowOf } from '@shared/sync/outbox-rows';
import { allPending } from '@client/db/outbox';

const area = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
let db: PintuDb;

beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

function household(id = uuidv7()) {
  return {
    entity: 'household' as const,
    op: 'put' as const,
    id,
    values: { ...area, street: 'Jl. Melati', houseNumber: '12', headName: 'Budi Santoso' },
  };
}

describe('commitChanges', () => {
  it('writes the record and an outbox entry with consecutive sequence numbers', async () => {
    const a = household();
    const b = household();
    await commitChanges(db, [a]);
    await commitChanges(db, [b]);
    const outbox = await allPending(db);
    expect(outbox.map((e) => [e.seq, e.entityId])).toEqual([
      [1, a.id],
      [2, b.id],
    ]);
    const stored = await db.households.get(a.id);
    expect(stored?.headName).toBe('Budi Santoso');
    expect(stored?.searchWords).toEqual(expect.arrayContaining(['budi', 'santoso', 'melati']));
    expect(Object.keys(stored!.hlc).sort()).toEqual(
      ['headName', 'houseNumber', 'kelurahanCode', 'rt', 'rw', 'street'].sort(),
    );
  });

  it('writes neither record nor outbox when a later change in the batch is invalid', async () => {
    const h = household();
    const badResident = {
      entity: 'resident' as const,
      op: 'put' as const,
      id: uuidv7(),
      values: { householdId: h.id, ...area, name: '' },
    };
    await expect(commitChanges(db, [h, badResident])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.households.count()).toBe(0);
    expect(await db.countPending()).toBe(0);
  });

  it('writes no record when the outbox write fails', async () => {
    // A stray outbox row under the next sequence number makes the outbox write fail.
    await db.outboxRows.add(
      rowOf([
        {
          seq: 1,
          id: uuidv7(),
          entity: 'household',
          entityId: uuidv7(),
          op: 'delete',
          hlc: '000000000000001-000000-x',
          createdAt: 0,
        },
      ]),
    );
    await expect(commitChanges(db, [household()])).rejects.toThrow();
    expect(await db.households.count()).toBe(0);
    expect(await db.countPending()).toBe(1);
  });

  it('sends only the fields that changed, and nothing when nothing changed', async () => {
    const h = household();
    await commitChanges(db, [h]);
    await commitChanges(db, [{ ...h, values: { ...h.values, headName: 'Budi S.' } }]);
    await commitChanges(db, [{ ...h, values: { ...h.values, headName: 'Budi S.' } }]);
    const outbox = await allPending(db);
    expect(outbox).toHaveLength(2);
    expect(outbox[1]!.values).toEqual({ headName: 'Budi S.' });
  });

  it('leaves every field a put does not name as stored, with its stamp (a pulled edit stays)', async () => {
    const h = household();
    await commitChanges(db, [h]);
    // Another phone's name arrives by a pull, with its own stamp.
    const pulledHlc = '000000001000000-000000-other-phone';
    const stored = await db.households.get(h.id);
    await db.households.put({
      ...stored!,
      headName: 'Budi Santosa',
      hlc: { ...stored!.hlc, headName: pulledHlc },
    });
    await commitChanges(db, [{ ...h, values: { street: 'Jl. Melati Indah' } }]);
    const after = await db.households.get(h.id);
    expect(after).toMatchObject({ headName: 'Budi Santosa', street: 'Jl. Melati Indah' });
    expect(after!.hlc.headName).toBe(pulledHlc);
    expect((await allPending(db)).at(-1)!.values).toEqual({ street: 'Jl. Melati Indah' });
  });
});

function resident(householdId: string, where = area, id = uuidv7()) {
  return {
    entity: 'resident' as const,
    op: 'put' as const,
    id,
    values: {
      householdId,
      ...where,
      name: 'Siti Aminah',
      birthDate: '1985-03-10',
      sex: 'P',
      relation: 'istri',
      ktpElsewhere: false,
      residenceStatus: 'aktif',
    },
  };
}

async function everything(database: PintuDb) {
  return {
    households: await database.households.toArray(),
    residents: await database.residents.toArray(),
    outbox: await allPending(database),
    meta: await database.meta.toArray(),
  };
}

describe('commitChanges: both or neither', () => {
  it('keeps nothing when the last step (saving the counters) fails after records and outbox were written', async () => {
    await commitChanges(db, [household()]);
    const before = await everything(db);
    db.meta.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(
      commitChanges(db, [household(), resident(before.households[0]!.id)]),
    ).rejects.toThrow('disk full');
    expect(await everything(db)).toEqual(before);
  });

  it('keeps nothing when the outbox write throws after the records were put', async () => {
    db.outboxRows.hook('creating', () => {
      throw new Error('quota');
    });
    await expect(commitChanges(db, [household()])).rejects.toThrow('quota');
    expect(await db.households.count()).toBe(0);
    expect(await db.meta.count()).toBe(0);
  });
});

describe('commitChanges: parents', () => {
  it('accepts a resident of a household made in the same batch or before', async () => {
    const h = household();
    await commitChanges(db, [h, resident(h.id)]);
    await commitChanges(db, [resident(h.id)]);
    expect(await db.residents.where('householdId').equals(h.id).count()).toBe(2);
  });

  it('checks the stored household when an edit does not name it', async () => {
    const h = household();
    const r = resident(h.id);
    await commitChanges(db, [h, r]);
    await commitChanges(db, [
      { entity: 'resident', op: 'put', id: r.id, values: { name: 'Siti A.' } },
    ]);
    expect((await db.residents.get(r.id))!.name).toBe('Siti A.');
    await commitChanges(db, [{ entity: 'household', op: 'delete', id: h.id }]);
    await expect(
      commitChanges(db, [{ entity: 'resident', op: 'put', id: r.id, values: { name: 'Siti' } }]),
    ).rejects.toThrow('Data rumah tangga tidak ditemukan.');
  });

  it('refuses a resident of a household that does not exist, or is deleted', async () => {
    await expect(commitChanges(db, [resident(uuidv7())])).rejects.toThrow(
      new ChangeRefusedError('Data rumah tangga tidak ditemukan.'),
    );
    const h = household();
    await commitChanges(db, [h]);
    await commitChanges(db, [{ entity: 'household', op: 'delete', id: h.id }]);
    await expect(commitChanges(db, [resident(h.id)])).rejects.toBeInstanceOf(ChangeRefusedError);
    expect(await db.residents.count()).toBe(0);
  });

  it('refuses a resident whose RT, RW or kelurahan is not the household’s', async () => {
    const h = household();
    await commitChanges(db, [h]);
    for (const where of [
      { ...area, rt: 6 },
      { ...area, rw: 4 },
      { ...area, kelurahanCode: '32.75.01.1002' },
    ]) {
      await expect(commitChanges(db, [resident(h.id, where)])).rejects.toThrow(
        'Wilayah (RT/RW) harus sama dengan rumah tangga-nya.',
      );
    }
    expect(await db.residents.count()).toBe(0);
    expect(await db.countPending()).toBe(1);
  });
});

describe('commitChanges: events and tombstones', () => {
  async function withResident() {
    const h = household();
    const r = resident(h.id);
    await commitChanges(db, [h, r]);
    return { h, r };
  }

  it('refuses to edit a recorded dose or visit, but voids a dose with a tombstone', async () => {
    const { h, r } = await withResident();
    const dose = {
      entity: 'dose' as const,
      op: 'put' as const,
      id: uuidv7(),
      values: {
        residentId: r.id,
        householdId: h.id,
        ...area,
        kind: 'dosis1',
        date: '2021-08-01',
        product: 'coronavac',
      },
    };
    const visit = {
      entity: 'visit' as const,
      op: 'put' as const,
      id: uuidv7(),
      values: {
        householdId: h.id,
        ...area,
        at: '2026-11-01T09:00:00+07:00',
        outcome: 'ditemui',
        revisitNeeded: false,
      },
    };
    await commitChanges(db, [dose, visit]);
    await expect(
      commitChanges(db, [{ ...dose, values: { ...dose.values, product: 'pfizer' } }]),
    ).rejects.toThrow('Data dosis vaksin yang sudah dicatat tidak dapat diubah.');
    await expect(
      commitChanges(db, [{ ...visit, values: { ...visit.values, outcome: 'pindah' } }]),
    ).rejects.toThrow('Data kunjungan yang sudah dicatat tidak dapat diubah.');
    await expect(
      commitChanges(db, [{ entity: 'visit', op: 'delete', id: visit.id }]),
    ).rejects.toThrow('Data kunjungan tidak dapat dihapus.');
    expect((await db.doses.get(dose.id))!.product).toBe('coronavac');

    await commitChanges(db, [{ entity: 'dose', op: 'delete', id: dose.id }]);
    expect(await db.doses.get(dose.id)).toMatchObject({ deleted: true, product: 'coronavac' });
  });

  it('deletes with a tombstone that stays, once', async () => {
    const { h } = await withResident();
    const [entry] = await commitChanges(db, [{ entity: 'household', op: 'delete', id: h.id }]);
    expect(entry).toMatchObject({ entity: 'household', entityId: h.id, op: 'delete' });
    expect(entry!.values).toBeUndefined();
    const stored = (await db.households.get(h.id))!;
    expect(stored).toMatchObject({ deleted: true, headName: 'Budi Santoso' });
    expect(stored.hlc.deleted).toBe(entry!.hlc);

    expect(await commitChanges(db, [{ entity: 'household', op: 'delete', id: h.id }])).toEqual([]);
    await expect(commitChanges(db, [{ ...h, values: { headName: 'Hidup lagi' } }])).rejects.toThrow(
      'Data rumah tangga sudah dihapus.',
    );
    await expect(
      commitChanges(db, [{ entity: 'household', op: 'delete', id: uuidv7() }]),
    ).rejects.toThrow('Data rumah tangga tidak ditemukan.');
    // household + resident, then the one delete
    expect(await db.countPending()).toBe(3);
  });
});

describe('commitChanges: large batches', () => {
  it('commits a batch of hundreds of changes in one transaction (an import)', async () => {
    // A long chain of awaits inside the transaction once lost Dexie's zone after ~100
    // changes and failed with PrematureCommitError.
    const households = Array.from({ length: 150 }, () => household());
    const residents = households.map((h) => resident(h.id));
    const entries = await commitChanges(db, [...households, ...residents]);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
    expect(await db.residents.count()).toBe(150);
    expect(await db.countPending()).toBe(300);
  });

  it('writes nothing when the last change of a batch is invalid, after hundreds were put', async () => {
    // Records are put a hundred at a time while the loop goes on; the abort must undo them.
    const households = Array.from({ length: 250 }, () => household());
    const bad = { ...household(), values: { ...household().values, street: '' } };
    await expect(commitChanges(db, [...households, bad])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.households.count()).toBe(0);
    expect(await db.countPending()).toBe(0);
  });

  it('keeps both edits of a record made before and after a hundred other records were put', async () => {
    const h = household();
    const others = Array.from({ length: 150 }, () => household());
    await commitChanges(db, [
      h,
      ...others,
      { entity: 'household', op: 'put', id: h.id, values: { headName: 'Siti Aminah' } },
    ]);
    const stored = await db.households.get(h.id);
    expect(stored).toMatchObject({ street: 'Jl. Melati', headName: 'Siti Aminah' });
    expect(await db.households.count()).toBe(151);
  });

  it('finds each stored record an edit touches, however many others lie between their ids', async () => {
    // The read takes the id range in one request, capped; ids past the cap are read one by one.
    const households = Array.from({ length: 120 }, () => household());
    await commitChanges(db, households);
    const byId = [...households].sort((a, b) => (a.id < b.id ? -1 : 1));
    const touched = [byId[0]!, byId[60]!, byId[119]!];
    await commitChanges(
      db,
      touched.map((h) => ({
        entity: 'household' as const,
        op: 'put' as const,
        id: h.id,
        values: { houseNumber: '99' },
      })),
    );
    for (const h of touched) {
      // An edit that did not find its record would be validated as a new one, and fail.
      expect(await db.households.get(h.id)).toMatchObject({
        headName: 'Budi Santoso',
        houseNumber: '99',
      });
    }
    const all = await db.households.toArray();
    expect(all.filter((h) => h.houseNumber === '99')).toHaveLength(3);
  });
});

describe('commitChanges: sequence numbers', () => {
  it('stay contiguous across many concurrent commits', async () => {
    const batches = Array.from({ length: 40 }, (_, i) =>
      Array.from({ length: (i % 3) + 1 }, () => household()),
    );
    await Promise.all(batches.map((batch) => commitChanges(db, batch)));
    const seqs = (await allPending(db)).map((e) => e.seq);
    const total = batches.reduce((n, b) => n + b.length, 0);
    expect(seqs).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect((await loadDeviceState(db)).nextSeq).toBe(total + 1);
  });

  it('stay contiguous and unique with two tabs writing to the same database', async () => {
    const otherTab = new PintuDb(db.name);
    try {
      await Promise.all(
        Array.from({ length: 30 }, (_, i) => commitChanges(i % 2 ? otherTab : db, [household()])),
      );
      const entries = await allPending(db);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(new Set(entries.map((e) => e.id)).size).toBe(30);
      // Both tabs see one device and one clock: HLCs never repeat.
      expect(new Set(entries.map((e) => e.hlc)).size).toBe(30);
      expect((await loadDeviceState(otherTab)).nextSeq).toBe(31);
    } finally {
      otherTab.close();
    }
  });
});
