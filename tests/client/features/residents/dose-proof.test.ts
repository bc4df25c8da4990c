import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allPending } from '@client/db/outbox';
import { PintuDb } from '@client/db/db';
import { commitChanges } from '@client/db/commit';
import { proofFields } from '@client/features/residents/data/dose-proof';
import { saveResident } from '@client/features/residents/data/save-resident';
import { uuidv7 } from '@shared/ids';
import { AREA, addHousehold, residentFields } from '../fixtures';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const QR = 'https://sertifikat.example.id/v?nama=Budi%20Santoso&tgl=2021-08-17';

describe('a dose proof on the phone', () => {
  it('is saved with a new dose, the QR compared with the resident and the dose date', async () => {
    const householdId = await addHousehold(db);
    const id = uuidv7();
    const changes = residentFields(householdId);
    const holder = { name: String(changes.name), nik: null };
    const dose = {
      id: uuidv7(),
      kind: 'dosis1' as const,
      date: '2021-08-18',
      product: 'coronavac' as const,
      place: null,
      ...proofFields('qr', QR, holder, '2021-08-18'),
    };
    await saveResident(
      { id, household: { id: householdId, ...AREA }, isNew: true, changes, newDoses: [dose] },
      db,
    );
    expect(await db.doses.get(dose.id)).toMatchObject({
      proof: 'qr',
      proofText: QR,
      proofMismatch: ['nama', 'tanggal'],
    });
  });

  it('may be added to a stored dose later (a put of the proof alone); nothing else may change', async () => {
    const householdId = await addHousehold(db);
    const household = { id: householdId, ...AREA };
    const id = uuidv7();
    const doseId = uuidv7();
    const stated = {
      id: doseId,
      kind: 'dosis1' as const,
      date: '2021-08-17',
      product: 'coronavac' as const,
      place: null,
    };
    await saveResident(
      { id, household, isNew: true, changes: residentFields(householdId), newDoses: [stated] },
      db,
    );
    expect((await db.doses.get(doseId))?.proof ?? null).toBeNull();

    const card = proofFields('kartu', '', { name: 'x', nik: null }, '2021-08-17');
    await saveResident(
      { id, household, isNew: false, changes: {}, doseProofs: { [doseId]: card } },
      db,
    );
    expect(await db.doses.get(doseId)).toMatchObject({ proof: 'kartu', date: '2021-08-17' });
    const last = (await allPending(db)).at(-1)!;
    expect(last).toMatchObject({ entity: 'dose', op: 'put', entityId: doseId });
    // Only what changed: the card leaves no text nor mismatch (null, as before).
    expect(Object.keys(last.values ?? {})).toEqual(['proof']);

    await expect(
      commitChanges(db, [
        { entity: 'dose', op: 'put', id: doseId, values: { date: '2021-08-18' } },
      ]),
    ).rejects.toThrow('Data dosis vaksin yang sudah dicatat tidak dapat diubah.');
  });
});
