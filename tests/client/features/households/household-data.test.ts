import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { deleteHousehold } from '@client/features/households/data/delete-household';
import {
  householdChanges,
  householdFromForm,
  householdFormValues,
} from '@client/features/households/data/household-form';
import { recordVisit } from '@client/features/households/data/record-visit';
import { saveHousehold } from '@client/features/households/data/save-household';
import { householdSchema } from '@shared/domain/household';
import { validate, ValidationError } from '@shared/domain/validation';
import { uuidv7 } from '@shared/ids';
import { AREA, addHousehold, residentFields } from '../fixtures';
import { allPending } from '@client/db/outbox';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const fields = (values: Record<string, unknown> = {}) =>
  validate(householdSchema, {
    ...AREA,
    street: 'Jl. Melati Raya',
    houseNumber: '12A',
    kkNumber: null,
    headName: 'Budi Santoso',
    location: { lat: -6.24, lng: 106.99, accuracy: 12 },
    note: null,
    ...values,
  });

describe('saveHousehold', () => {
  it('creates the household and one outbox entry', async () => {
    const checked = fields();
    if (!checked.ok) throw new Error('fixture');
    const id = await saveHousehold({ fields: checked.value }, db);
    expect(await db.households.get(id)).toMatchObject({ street: 'Jl. Melati Raya', rt: 5 });
    expect((await allPending(db)).map((e) => [e.entity, e.entityId, e.op])).toEqual([
      ['household', id, 'put'],
    ]);
  });

  it('refuses an invalid household with the messages per field and writes nothing', async () => {
    const bad = { ...AREA, street: '', headName: 'B', kkNumber: '123' } as never;
    const error = await saveHousehold({ fields: bad }, db).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toMatchObject({
      street: 'Nama jalan wajib diisi.',
      headName: 'Nama kepala keluarga paling sedikit 2 karakter.',
      kkNumber: 'Nomor KK harus 16 angka.',
    });
    expect(await db.households.count()).toBe(0);
    expect(await db.countPending()).toBe(0);
  });

  it('moves residents and isoman episodes with the household to another RT, in one commit', async () => {
    const id = await addHousehold(db);
    const residentId = uuidv7();
    const isomanId = uuidv7();
    await commitChanges(db, [
      { entity: 'resident', op: 'put', id: residentId, values: residentFields(id) },
      {
        entity: 'isoman',
        op: 'put',
        id: isomanId,
        values: {
          residentId,
          householdId: id,
          ...AREA,
          startDate: '2021-08-01',
          expectedEndDate: '2021-08-11',
        },
      },
    ]);
    await saveHousehold({ id, changes: { rt: 7 } }, db);
    expect((await db.households.get(id))?.rt).toBe(7);
    expect((await db.residents.get(residentId))?.rt).toBe(7);
    expect((await db.isoman.get(isomanId))?.rt).toBe(7);
  });

  it('keeps a household with visits in its RT, saying why beside the RT field', async () => {
    const id = await addHousehold(db);
    await recordVisit(
      id,
      { outcome: 'ditemui', note: null, location: null, revisitNeeded: false, revisitDate: null },
      db,
    );
    const error = await saveHousehold({ id, changes: { rt: 7 } }, db).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.rt).toMatch(/RT tidak dapat diubah/);
    expect((await db.households.get(id))?.rt).toBe(5);
  });
});

describe('a household form open while another phone edits the household', () => {
  it('writes only the fields the volunteer changed, so the pulled head of family stays', async () => {
    const id = await addHousehold(db, { note: 'pagar hijau' });
    const start = householdFormValues(AREA, await db.households.get(id));
    // The form is open; a pull brings the other phone's head of family.
    await db.households.update(id, { headName: 'Budi Santosa' });
    const edited = { ...start, street: 'Jl. Melati Indah', note: '' };
    const changes = householdChanges({ start, edited }, AREA);
    expect(changes).toEqual({ street: 'Jl. Melati Indah', note: null });
    await saveHousehold({ id, changes }, db);
    expect(await db.households.get(id)).toMatchObject({
      headName: 'Budi Santosa',
      street: 'Jl. Melati Indah',
      note: null,
    });
    const sent = (await allPending(db)).at(-1)!;
    expect(Object.keys(sent.values!).sort()).toEqual(['note', 'street']);
  });

  it('writes nothing when the volunteer changed nothing', async () => {
    const id = await addHousehold(db);
    const start = householdFormValues(AREA, await db.households.get(id));
    const before = await db.countPending();
    await saveHousehold({ id, changes: householdChanges({ start, edited: start }, AREA) }, db);
    expect(await db.countPending()).toBe(before);
  });
});

describe('household form values', () => {
  it('maps empty optional boxes to null and an empty RT to the schema message', () => {
    const values = { ...householdFormValues(AREA), rt: '', street: 'Jl. Kenanga', headName: 'Ani' };
    const result = validate(householdSchema, householdFromForm(values, AREA));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({ rt: 'RT wajib diisi.' });
    const fixed = validate(householdSchema, householdFromForm({ ...values, rt: '6' }, AREA));
    expect(fixed).toMatchObject({
      ok: true,
      value: { rt: 6, houseNumber: null, kkNumber: null, note: null },
    });
  });
});

describe('recordVisit', () => {
  it('appends a visit in the household area, and a revisit date only when a revisit is needed', async () => {
    const id = await addHousehold(db);
    await recordVisit(
      id,
      {
        outcome: 'tidak-ada-orang',
        note: 'Pintu terkunci',
        location: null,
        revisitNeeded: true,
        revisitDate: '2021-09-03',
      },
      db,
      new Date('2021-09-01T03:00:00Z'),
    );
    await recordVisit(
      id,
      {
        outcome: 'ditemui',
        note: null,
        location: null,
        revisitNeeded: false,
        revisitDate: '2021-09-09',
      },
      db,
    );
    const visits = await db.visits.where('householdId').equals(id).sortBy('at');
    expect(visits.map((v) => [v.outcome, v.revisitDate, v.rt, v.kelurahanCode])).toEqual([
      ['tidak-ada-orang', '2021-09-03', 5, AREA.kelurahanCode],
      ['ditemui', null, 5, AREA.kelurahanCode],
    ]);
  });

  it('refuses a visit without an outcome and writes nothing', async () => {
    const id = await addHousehold(db);
    const before = await db.countPending();
    const error = await recordVisit(
      id,
      { outcome: '' as never, note: null, location: null, revisitNeeded: false, revisitDate: null },
      db,
    ).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.outcome).toBe('Hasil kunjungan wajib dipilih.');
    expect(await db.visits.count()).toBe(0);
    expect(await db.countPending()).toBe(before);
  });
});

describe('deleteHousehold', () => {
  it('leaves tombstones for the household, its residents and their doses; visits stay', async () => {
    const id = await addHousehold(db);
    const residentId = uuidv7();
    const doseId = uuidv7();
    await commitChanges(db, [
      { entity: 'resident', op: 'put', id: residentId, values: residentFields(id) },
      {
        entity: 'dose',
        op: 'put',
        id: doseId,
        values: {
          residentId,
          householdId: id,
          ...AREA,
          kind: 'dosis1',
          date: '2021-07-01',
          product: 'coronavac',
          place: null,
        },
      },
    ]);
    await recordVisit(
      id,
      { outcome: 'ditemui', note: null, location: null, revisitNeeded: false, revisitDate: null },
      db,
    );
    await deleteHousehold(id, db);
    expect((await db.households.get(id))?.deleted).toBe(true);
    expect((await db.residents.get(residentId))?.deleted).toBe(true);
    expect((await db.doses.get(doseId))?.deleted).toBe(true);
    expect(await db.visits.where('householdId').equals(id).count()).toBe(1);
    const deletes = (await allPending(db)).filter((e) => e.op === 'delete');
    expect(deletes.map((e) => e.entity).sort()).toEqual(['dose', 'household', 'resident']);
  });
});
