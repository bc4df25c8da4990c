import { commitChanges, type LocalChange } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';
import { householdSchema, type HouseholdFields } from '@shared/domain/household';
import { validate, ValidationError } from '@shared/domain/validation';
import { uuidv7 } from '@shared/ids';

/**
 * Creates a household (no `id`) or changes one. Returns its id.
 *
 * Residents and isoman episodes carry their household's RT, so moving a household to another
 * RT moves them in the same commit. Doses and visits are events that never change, so a
 * household that has any stays in its RT (the message says so beside the RT field).
 */
export async function saveHousehold(
  fields: HouseholdFields,
  id?: string,
  database: PintuDb = appDb,
): Promise<string> {
  const checked = validate(householdSchema, fields);
  if (!checked.ok) throw new ValidationError(checked.errors);
  const householdId = id ?? uuidv7();
  const changes: LocalChange[] = [
    { entity: 'household', op: 'put', id: householdId, values: checked.value },
  ];
  if (id) changes.push(...(await moveChildren(database, id, checked.value)));
  await commitChanges(database, changes);
  return householdId;
}

async function moveChildren(
  database: PintuDb,
  id: string,
  next: HouseholdFields,
): Promise<LocalChange[]> {
  const current = await database.households.get(id);
  if (!current || (current.rt === next.rt && current.rw === next.rw)) return [];
  const [doses, visits] = await Promise.all([
    database.doses.where('householdId').equals(id).count(),
    database.visits.where('householdId').equals(id).count(),
  ]);
  if (doses > 0 || visits > 0) {
    throw new ValidationError({
      rt: 'RT tidak dapat diubah: rumah ini sudah punya kunjungan atau dosis tercatat.',
    });
  }
  const area = { kelurahanCode: next.kelurahanCode, rw: next.rw, rt: next.rt };
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
