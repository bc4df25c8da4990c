import { commitChanges } from '@client/db/commit';
import type { PintuDb } from '@client/db/db';
import { uuidv7 } from '@shared/ids';

/** A small area and helpers to put records in it through the real write path. */
export const AREA = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };

export async function addHousehold(
  db: PintuDb,
  values: Record<string, unknown> = {},
): Promise<string> {
  const id = uuidv7();
  await commitChanges(db, [
    {
      entity: 'household',
      op: 'put',
      id,
      values: {
        ...AREA,
        street: 'Jl. Melati',
        houseNumber: '1',
        headName: 'Budi Santoso',
        ...values,
      },
    },
  ]);
  return id;
}

export function residentFields(householdId: string, values: Record<string, unknown> = {}) {
  return {
    householdId,
    ...AREA,
    name: 'Siti Aminah',
    nik: null,
    birthDate: '1985-03-12',
    ageYears: null,
    ageAsOf: null,
    sex: 'P',
    relation: 'istri',
    ktpElsewhere: false,
    phone: null,
    residenceStatus: 'aktif',
    notVaccinatedReason: null,
    notVaccinatedNote: null,
    ...values,
  };
}
