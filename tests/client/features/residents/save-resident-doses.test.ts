import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { saveResident } from '@client/features/residents/data/save-resident';
import { ValidationError } from '@shared/domain/validation';
import { uuidv7 } from '@shared/ids';
import { AREA, addHousehold, residentFields } from '../fixtures';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const dose = (kind: 'dosis1' | 'dosis2', date: string) => ({
  id: uuidv7(),
  kind,
  date,
  product: 'coronavac' as const,
  place: null,
});

describe('saveResident: new doses checked against the stored ones', () => {
  it('refuses dosis 2 dated before the stored dosis 1, and writes nothing', async () => {
    const householdId = await addHousehold(db);
    const household = { id: householdId, ...AREA };
    const id = uuidv7();
    const changes = residentFields(householdId);
    await saveResident(
      {
        id,
        household,
        isNew: true,
        changes,
        newDoses: [dose('dosis1', '2021-08-10')],
      },
      db,
    );

    const early = saveResident(
      {
        id,
        household,
        isNew: false,
        changes: {},
        newDoses: [dose('dosis2', '2021-07-01')],
      },
      db,
    );
    await expect(early).rejects.toBeInstanceOf(ValidationError);
    await expect(early).rejects.toMatchObject({
      fieldErrors: { date: 'Dosis 2 (01-07-2021) harus setelah Dosis 1 (10-08-2021).' },
    });
    expect(await db.doses.where('residentId').equals(id).count()).toBe(1);

    // Voiding the wrong dosis 1 in the same save lets the corrected one in.
    const [stored] = await db.doses.where('residentId').equals(id).toArray();
    await saveResident(
      {
        id,
        household,
        isNew: false,
        changes: {},
        voidedDoseIds: [stored!.id],
        newDoses: [dose('dosis1', '2021-06-03'), dose('dosis2', '2021-07-01')],
      },
      db,
    );
    const live = (await db.doses.where('residentId').equals(id).toArray()).filter(
      (d) => !d.deleted,
    );
    expect(live.map((d) => d.date).sort()).toEqual(['2021-06-03', '2021-07-01']);
  });
});
