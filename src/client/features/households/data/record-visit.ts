import { commitChanges } from '@client/db/commit';
import { ChangeRefusedError } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';
import type { GpsPoint } from '@shared/domain/common';
import { validate, ValidationError } from '@shared/domain/validation';
import { visitSchema, type VisitOutcome } from '@shared/domain/visit';
import { uuidv7 } from '@shared/ids';

export type VisitInput = {
  outcome: VisitOutcome;
  note: string | null;
  location: GpsPoint | null;
  revisitNeeded: boolean;
  revisitDate: string | null;
};

/** Appends a visit to a household, stamped with the time now; returns the visit's id. */
export async function recordVisit(
  householdId: string,
  input: VisitInput,
  database: PintuDb = appDb,
  now: Date = new Date(),
): Promise<string> {
  const household = await database.households.get(householdId);
  if (!household || household.deleted) throw new ChangeRefusedError('Data rumah tangga tidak ditemukan.');
  const fields = {
    householdId,
    kelurahanCode: household.kelurahanCode,
    rw: household.rw,
    rt: household.rt,
    at: now.toISOString(),
    ...input,
    revisitDate: input.revisitNeeded ? input.revisitDate : null,
  };
  const checked = validate(visitSchema, fields);
  if (!checked.ok) throw new ValidationError(checked.errors);
  const id = uuidv7();
  await commitChanges(database, [{ entity: 'visit', op: 'put', id, values: checked.value }]);
  return id;
}
