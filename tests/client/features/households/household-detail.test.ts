import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import {
  deriveHouseholdDetail,
  type HouseholdRecords,
} from '@client/features/households/data/household-detail';
import { uuidv7 } from '@shared/ids';
import { AREA, addHousehold, residentFields } from '../fixtures';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const ON = '2026-12-01';

async function readAll(id: string): Promise<HouseholdRecords> {
  return {
    household: await db.households.get(id),
    residents: await db.residents.where('householdId').equals(id).toArray(),
    doses: await db.doses.where('householdId').equals(id).toArray(),
    isoman: await db.isoman.where('householdId').equals(id).toArray(),
    visits: await db.visits.where('householdId').equals(id).toArray(),
  };
}

async function addResident(householdId: string, values: Record<string, unknown>) {
  const id = uuidv7();
  await commitChanges(db, [
    { entity: 'resident', op: 'put', id, values: residentFields(householdId, values) },
  ]);
  return id;
}

function dose(residentId: string, householdId: string, kind: string, date: string) {
  return {
    entity: 'dose' as const,
    op: 'put' as const,
    id: uuidv7(),
    values: { residentId, householdId, ...AREA, kind, date, product: 'coronavac', place: null },
  };
}

describe('deriveHouseholdDetail', () => {
  it('lists the head first, then the older before the younger, without the deleted', async () => {
    const id = await addHousehold(db);
    await addResident(id, { name: 'Anak Bungsu', birthDate: '2015-01-01', relation: 'anak' });
    await addResident(id, { name: 'Siti Aminah', birthDate: '1985-03-12', relation: 'istri' });
    await addResident(id, { name: 'Budi Santoso', birthDate: '1980-05-05', relation: 'kepala' });
    const gone = await addResident(id, { name: 'Pindah Keluar', relation: 'anak' });
    await commitChanges(db, [{ entity: 'resident', op: 'delete', id: gone }]);

    const detail = deriveHouseholdDetail(await readAll(id), ON);
    expect(detail?.residents.map((r) => [r.resident.name, r.age])).toEqual([
      ['Budi Santoso', 46],
      ['Siti Aminah', 41],
      ['Anak Bungsu', 11],
    ]);
  });

  it('derives each resident status from their own doses and warns of doses out of order', async () => {
    const id = await addHousehold(db);
    const siti = await addResident(id, { name: 'Siti Aminah', relation: 'istri' });
    const budi = await addResident(id, {
      name: 'Budi Santoso',
      birthDate: '1980-05-05',
      relation: 'kepala',
    });
    await commitChanges(db, [
      dose(siti, id, 'dosis1', '2021-07-01'),
      dose(siti, id, 'dosis2', '2021-08-10'),
      dose(budi, id, 'dosis1', '2021-08-10'),
      dose(budi, id, 'dosis2', '2021-07-01'),
    ]);

    const detail = deriveHouseholdDetail(await readAll(id), ON);
    const byName = Object.fromEntries(detail!.residents.map((r) => [r.resident.name, r]));
    expect(byName['Siti Aminah']!.status).toBe('lengkap');
    expect(byName['Siti Aminah']!.doseWarnings).toEqual([]);
    expect(byName['Budi Santoso']!.doseWarnings.length).toBeGreaterThan(0);
    expect(detail!.hasEvents).toBe(true);
  });

  it('is null for a deleted household and has no events for a new one', async () => {
    const id = await addHousehold(db);
    expect(deriveHouseholdDetail(await readAll(id), ON)).toMatchObject({
      residents: [],
      visits: [],
      hasEvents: false,
    });
    await commitChanges(db, [{ entity: 'household', op: 'delete', id }]);
    expect(deriveHouseholdDetail(await readAll(id), ON)).toBeNull();
    expect(deriveHouseholdDetail({ ...(await readAll(id)), household: undefined }, ON)).toBeNull();
  });
});
