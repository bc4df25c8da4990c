import { commitChanges, type LocalChange } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';
import { householdSchema, type HouseholdFields } from '@shared/domain/household';
import { validate, ValidationError } from '@shared/domain/validation';
import { uuidv7 } from '@shared/ids';

/**
 * Creates a household (`{ fields }`, the whole record) or changes one (`{ id, changes }`, only
 * the fields the volunteer changed: the others keep what the database holds when the save
 * runs). Returns its id.
 *
 * Residents and isoman episodes carry their household's RT, so moving a household to another
 * RT moves them in the same commit. Doses and visits are events that never change, so a
 * household that has any stays in its RT (the message says so beside the RT field).
 */
export async function saveHousehold(
  save: { fields: HouseholdFields } | { id: string; changes: Partial<HouseholdFields> },
  database: PintuDb = appDb,
): Promise<string> {
  if ('fields' in save) {
    const checked = validate(householdSchema, save.fields);
    if (!checked.ok) throw new ValidationError(checked.errors);
    const id = uuidv7();
    await commitChanges(database, [{ entity: 'household', op: 'put', id, values: checked.value }]);
    return id;
  }
  const { id, changes } = save;
  if (Object.keys(changes).length === 0) return id;
  // commitChanges validates the household as it will be: the stored one with these fields set.
  await commitChanges(database, [
    { entity: 'household', op: 'put', id, values: changes },
    ...(changes.rt === undefined ? [] : await moveChildren(database, id, changes.rt)),
  ]);
  return id;
}

async function moveChildren(database: PintuDb, id: string, rt: number): Promise<LocalChange[]> {
  const current = await database.households.get(id);
  if (!current || current.rt === rt) return [];
  const [doses, visits] = await Promise.all([
    database.doses.where('householdId').equals(id).count(),
    database.visits.where('householdId').equals(id).count(),
  ]);
  if (doses > 0 || visits > 0) {
    throw new ValidationError({
      rt: 'RT tidak dapat diubah: rumah ini sudah punya kunjungan atau dosis tercatat.',
    });
  }
  const area = { kelurahanCode: current.kelurahanCode, rw: current.rw, rt };
  const [residents, isoman] = await Promise.all([
    database.residents.where('householdId').equals(id).toArray(),
    database.isoman.where('householdId').equals(id).toArray(),
  ]);
  return [
    ...residents
      .filter((r) => !r.deleted)
      .map((r): LocalChange => ({ entity: 'resident', op: 'put', id: r.id, values: area })),
    ...isoman
      .filter((e) => !e.deleted)
      .map((e): LocalChange => ({ entity: 'isoman', op: 'put', id: e.id, values: area })),
  ];
}
