import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { deleteResident } from '@client/features/residents/data/delete-resident';
import {
  residentChanges,
  residentFormValues,
  residentFromForm,
} from '@client/features/residents/data/resident-form';
import { saveResident } from '@client/features/residents/data/save-resident';
import { ValidationError } from '@shared/domain/validation';
import { deriveStatus } from '@shared/domain/vaccination';
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

async function household(rt = AREA.rt) {
  const id = await addHousehold(db, { rt });
  return { id, ...AREA, rt };
}

describe('saveResident', () => {
  it('copies the household area to the resident and the doses, and writes them in one commit', async () => {
    const h = await household(8);
    const id = uuidv7();
    await saveResident(
      {
        id,
        household: h,
        // The form's own area is wrong on purpose: the household decides.
        isNew: true,
        changes: { ...residentFields(h.id), rt: 2 },
        newDoses: [
          {
            id: uuidv7(),
            kind: 'dosis1',
            date: '2021-07-01',
            product: 'coronavac',
            place: 'Puskesmas Bekasi Jaya',
          },
          { id: uuidv7(), kind: 'dosis2', date: '2021-08-01', product: 'coronavac', place: null },
        ],
      },
      db,
    );
    const resident = await db.residents.get(id);
    expect(resident).toMatchObject({
      householdId: h.id,
      kelurahanCode: AREA.kelurahanCode,
      rw: 3,
      rt: 8,
    });
    const doses = await db.doses.where('residentId').equals(id).toArray();
    expect(doses.map((d) => [d.kind, d.rt, d.householdId])).toEqual(
      expect.arrayContaining([
        ['dosis1', 8, h.id],
        ['dosis2', 8, h.id],
      ]),
    );
    expect(deriveStatus(doses)).toBe('lengkap');
    const outbox = await allPending(db);
    expect(outbox.slice(-3).map((e) => e.entity)).toEqual(['resident', 'dose', 'dose']);
  });

  it('builds the resident from the form with the household area, even if the form says otherwise', async () => {
    const h = await household(9);
    const values = {
      ...residentFormValues(),
      name: 'Andi',
      sex: 'L' as const,
      relation: 'anak' as const,
      useAge: true,
      ageYears: '7',
    };
    const fields = residentFromForm(values, h, null, '2021-09-01', false);
    expect(fields).toMatchObject({
      rt: 9,
      ageYears: 7,
      ageAsOf: '2021-09-01',
      birthDate: null,
      nik: null,
    });
  });

  it('refuses an invalid NIK with the Indonesian message for the field, and saves nothing', async () => {
    const h = await household();
    const before = await db.countPending();
    const error = await saveResident(
      {
        id: uuidv7(),
        household: h,
        isNew: true,
        changes: residentFields(h.id, { nik: '32750152038500' }),
      },
      db,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ nik: 'NIK harus 16 angka.' });
    expect(await db.residents.count()).toBe(0);
    expect(await db.countPending()).toBe(before);
  });

  it('flags a NIK another resident already has, and saves only when the volunteer confirms', async () => {
    const h = await household();
    const nik = '3275015203850002';
    await saveResident(
      { id: uuidv7(), household: h, isNew: true, changes: residentFields(h.id, { nik }) },
      db,
    );
    const other = await household();
    const twin = {
      id: uuidv7(),
      household: other,
      isNew: true,
      changes: residentFields(other.id, { nik, name: 'Siti A.' }),
    };
    const error = await saveResident(twin, db).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.nik).toBe(
      'NIK ini sudah tercatat untuk Siti Aminah (Jl. Melati No. 1, RT 005).',
    );
    expect(await db.residents.count()).toBe(1);
    await saveResident({ ...twin, allowDuplicateNik: true }, db);
    expect(await db.residents.count()).toBe(2);
  });

  it('does not flag the resident against their own NIK when editing', async () => {
    const h = await household();
    const id = uuidv7();
    const fields = residentFields(h.id, { nik: '3275015203850002' });
    await saveResident({ id, household: h, isNew: true, changes: fields }, db);
    await saveResident(
      { id, household: h, isNew: false, changes: { nik: fields.nik, phone: '081234567890' } },
      db,
    );
    expect((await db.residents.get(id))?.phone).toBe('081234567890');
  });

  it('voids a wrong dose and closes an isoman episode', async () => {
    const h = await household();
    const id = uuidv7();
    const doseId = uuidv7();
    const isomanId = uuidv7();
    await saveResident(
      {
        id,
        household: h,
        isNew: true,
        changes: residentFields(h.id),
        newDoses: [
          { id: doseId, kind: 'dosis1', date: '2021-07-01', product: 'pfizer', place: null },
        ],
        newIsoman: { id: isomanId, startDate: '2021-08-01', expectedEndDate: '2021-08-11' },
      },
      db,
    );
    await saveResident(
      {
        id,
        household: h,
        isNew: false,
        changes: {},
        voidedDoseIds: [doseId],
        closeIsoman: { [isomanId]: { outcome: 'sembuh', outcomeDate: '2021-08-12' } },
      },
      db,
    );
    expect((await db.doses.get(doseId))?.deleted).toBe(true);
    expect(await db.isoman.get(isomanId)).toMatchObject({
      outcome: 'sembuh',
      outcomeDate: '2021-08-12',
    });
  });

  it('refuses an isoman outcome dated before its start, and writes nothing of the save', async () => {
    const h = await household();
    const id = uuidv7();
    const isomanId = uuidv7();
    await saveResident(
      {
        id,
        household: h,
        isNew: true,
        changes: residentFields(h.id),
        newIsoman: { id: isomanId, startDate: '2021-08-01', expectedEndDate: '2021-08-11' },
      },
      db,
    );
    const before = await db.countPending();
    const error = await saveResident(
      {
        id,
        household: h,
        isNew: false,
        changes: { name: 'Siti Berubah' },
        closeIsoman: { [isomanId]: { outcome: 'sembuh', outcomeDate: '2021-07-01' } },
      },
      db,
    ).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors.outcomeDate).toBe(
      'Tanggal hasil tidak boleh sebelum tanggal mulai.',
    );
    expect((await db.residents.get(id))?.name).toBe('Siti Aminah');
    expect(await db.countPending()).toBe(before);
  });
});

describe('a resident form open while another phone renames the resident', () => {
  it('writes only the phone the volunteer changed, so the pulled name stays', async () => {
    const h = await household();
    const id = uuidv7();
    await saveResident({ id, household: h, isNew: true, changes: residentFields(h.id) }, db);
    const opened = await db.residents.get(id);
    const start = residentFormValues(opened);
    // The form is open; a pull brings the other phone's new name.
    await db.residents.update(id, { name: 'Siti A.' });
    const edited = { ...start, phone: '0812-3456 7890' };
    const context = {
      household: h,
      current: (await db.residents.get(id))!,
      today: '2021-09-01',
      vaccinated: { before: false, after: false },
    };
    const changes = residentChanges({ start, edited }, context);
    expect(changes).toEqual({ phone: '081234567890' });
    await saveResident({ id, household: h, isNew: false, changes }, db);
    expect(await db.residents.get(id)).toMatchObject({ name: 'Siti A.', phone: '081234567890' });
    const sent = (await allPending(db)).at(-1)!;
    expect(sent).toMatchObject({
      entity: 'resident',
      op: 'put',
      values: { phone: '081234567890' },
    });
    expect(Object.keys(sent.values!)).toEqual(['phone']);
  });

  it('sends nothing of the resident when only a dose was added, but clears the reason then', () => {
    const h = { id: uuidv7(), ...AREA };
    const start = {
      ...residentFormValues(),
      name: 'Andi',
      birthDate: '2000-01-01',
      sex: 'L' as const,
      relation: 'anak' as const,
      notVaccinatedReason: 'takut-kipi' as const,
    };
    const context = { household: h, current: null, today: '2021-09-01' };
    const unvaccinated = { ...context, vaccinated: { before: false, after: false } };
    expect(residentChanges({ start, edited: start }, unvaccinated)).toEqual({});
    const dosed = { ...context, vaccinated: { before: false, after: true } };
    expect(residentChanges({ start, edited: start }, dosed)).toEqual({ notVaccinatedReason: null });
  });

  it('writes the age and its date, and clears the birth date, when the volunteer switches to an age', () => {
    const h = { id: uuidv7(), ...AREA };
    const start = { ...residentFormValues(), name: 'Andi', birthDate: '2000-01-01' };
    const edited = { ...start, useAge: true, ageYears: '21' };
    const context = {
      household: h,
      current: null,
      today: '2021-09-01',
      vaccinated: { before: false, after: false },
    };
    expect(residentChanges({ start, edited }, context)).toEqual({
      birthDate: null,
      ageYears: 21,
      ageAsOf: '2021-09-01',
    });
    // A new resident is written whole.
    expect(residentChanges({ start: null, edited }, context)).toMatchObject({
      householdId: h.id,
      name: 'Andi',
      ageYears: 21,
      residenceStatus: 'aktif',
    });
  });
});

describe('deleteResident', () => {
  it('leaves tombstones for the resident, their doses and isoman episodes', async () => {
    const h = await household();
    const id = uuidv7();
    const doseId = uuidv7();
    await saveResident(
      {
        id,
        household: h,
        isNew: true,
        changes: residentFields(h.id),
        newDoses: [
          { id: doseId, kind: 'dosis1', date: '2021-07-01', product: 'pfizer', place: null },
        ],
      },
      db,
    );
    await deleteResident(id, db);
    expect((await db.residents.get(id))?.deleted).toBe(true);
    expect((await db.doses.get(doseId))?.deleted).toBe(true);
  });
});
