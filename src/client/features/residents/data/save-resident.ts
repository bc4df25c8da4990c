import { commitChanges, type LocalChange } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';
import { residentSchema } from '@shared/domain/resident';
import { validate, ValidationError } from '@shared/domain/validation';
import { duplicateNikMessage, findNikDuplicates } from './nik-duplicates';
import type { IsomanClose, IsomanStart, NewDose } from './resident-form';

export type ResidentSave = {
  /** Made by the form for a new resident, so doses added before saving can point at it. */
  id: string;
  household: { id: string; kelurahanCode: string; rw: number; rt: number };
  /** The resident record as the form describes it (see `residentFromForm`). */
  fields: Record<string, unknown>;
  newDoses?: readonly NewDose[];
  voidedDoseIds?: readonly string[];
  newIsoman?: IsomanStart | null;
  closeIsoman?: Readonly<Record<string, IsomanClose>>;
  /** Save even though another resident has this NIK (the volunteer checked). */
  allowDuplicateNik?: boolean;
};

/**
 * Saves a resident with the doses, voided doses and isoman changes made in the form, in one
 * commit: the resident and their doses are written together or not at all. Doses and isoman
 * episodes take the household's area, like the resident.
 */
export async function saveResident(save: ResidentSave, database: PintuDb = appDb): Promise<void> {
  const { household: h } = save;
  const area = { kelurahanCode: h.kelurahanCode, rw: h.rw, rt: h.rt };
  // A resident lives in its household's RT, whatever the form says.
  const checked = validate(residentSchema, { ...save.fields, householdId: h.id, ...area });
  if (!checked.ok) throw new ValidationError(checked.errors);
  const resident = checked.value;
  if (resident.nik && !save.allowDuplicateNik) {
    const duplicates = await findNikDuplicates(database, resident.nik, save.id);
    if (duplicates.length > 0) throw new ValidationError({ nik: duplicateNikMessage(duplicates) });
  }

  const owner = { residentId: save.id, householdId: h.id, ...area };
  const changes: LocalChange[] = [
    { entity: 'resident', op: 'put', id: save.id, values: resident },
    ...(save.newDoses ?? []).map(
      ({ id, ...dose }): LocalChange => ({
        entity: 'dose',
        op: 'put',
        id,
        values: { ...owner, ...dose, place: dose.place || null },
      }),
    ),
    ...(save.voidedDoseIds ?? []).map(
      (id): LocalChange => ({ entity: 'dose', op: 'delete', id }),
    ),
    ...Object.entries(save.closeIsoman ?? {}).map(
      ([id, close]): LocalChange => ({ entity: 'isoman', op: 'put', id, values: close }),
    ),
  ];
  if (save.newIsoman) {
    const { id, ...episode } = save.newIsoman;
    changes.push({ entity: 'isoman', op: 'put', id, values: { ...owner, ...episode, outcome: null } });
  }
  await commitChanges(database, changes);
}
