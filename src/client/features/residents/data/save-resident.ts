import { commitChanges, type LocalChange } from '@client/db/commit';
import { db as appDb, type PintuDb } from '@client/db/db';
import { toIsoDate } from '@shared/dates';
import { doseProblems, problemsOf } from '@shared/domain/dose-rules';
import type { DoseProofFields } from '@shared/domain/dose';
import { residentSchema } from '@shared/domain/resident';
import { validate, ValidationError } from '@shared/domain/validation';
import { duplicateNikMessage, findNikDuplicates } from './nik-duplicates';
import type { IsomanClose, IsomanStart, NewDose } from './resident-form';

export type ResidentSave = {
  /** Made by the form for a new resident, so doses added before saving can point at it. */
  id: string;
  household: { id: string; kelurahanCode: string; rw: number; rt: number };
  /**
   * A new resident: the whole record (see `residentChanges`). An existing one: only the fields
   * the volunteer changed; the others keep what the database holds when the save runs.
   */
  changes: Record<string, unknown>;
  isNew: boolean;
  newDoses?: readonly NewDose[];
  voidedDoseIds?: readonly string[];
  /** Proofs given to doses recorded earlier, by dose id. */
  doseProofs?: Readonly<Record<string, DoseProofFields>>;
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
  const resident = save.isNew ? newResident(save.changes, h.id, area) : save.changes;
  const nik = typeof resident.nik === 'string' ? resident.nik : null;
  if (nik && !save.allowDuplicateNik) {
    const duplicates = await findNikDuplicates(database, nik, save.id);
    if (duplicates.length > 0) throw new ValidationError({ nik: duplicateNikMessage(duplicates) });
  }

  if (save.newDoses?.length) await checkNewDoses(database, save, resident);

  const owner = { residentId: save.id, householdId: h.id, ...area };
  // An edit is validated by commitChanges as the record will be: the stored one with these
  // fields set. An edit that sets nothing writes nothing of the resident.
  const changes: LocalChange[] = [
    ...(Object.keys(resident).length > 0
      ? [{ entity: 'resident', op: 'put', id: save.id, values: resident } satisfies LocalChange]
      : []),
    ...(save.newDoses ?? []).map(
      ({ id, ...dose }): LocalChange => ({
        entity: 'dose',
        op: 'put',
        id,
        values: { ...owner, ...dose, place: dose.place || null },
      }),
    ),
    ...Object.entries(save.doseProofs ?? {}).map(
      ([id, proof]): LocalChange => ({ entity: 'dose', op: 'put', id, values: proof }),
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

/**
 * New doses against the resident's other live doses and birth date (dose-rules.ts), as the
 * server will check them on push: refused here, before anything is written.
 */
async function checkNewDoses(
  database: PintuDb,
  save: ResidentSave,
  changes: Record<string, unknown>,
): Promise<void> {
  const [stored, doses] = await Promise.all([
    database.residents.get(save.id),
    database.doses.where('residentId').equals(save.id).toArray(),
  ]);
  const voided = new Set(save.voidedDoseIds ?? []);
  const live = doses.filter((d) => !d.deleted && !voided.has(d.id));
  const all = [...live, ...(save.newDoses ?? [])];
  const birthDate = 'birthDate' in changes ? changes.birthDate : stored?.birthDate;
  const resident = { birthDate: typeof birthDate === 'string' ? birthDate : null };
  const problems = doseProblems(all, resident, toIsoDate(new Date()));
  for (const dose of save.newDoses ?? []) {
    const [problem] = problemsOf(dose.id, problems);
    if (problem) throw new ValidationError({ [problem.field]: problem.message });
  }
}

/** A new resident lives in its household's RT, whatever the form says. */
function newResident(
  fields: Record<string, unknown>,
  householdId: string,
  area: { kelurahanCode: string; rw: number; rt: number },
): Record<string, unknown> {
  const checked = validate(residentSchema, { ...fields, householdId, ...area });
  if (!checked.ok) throw new ValidationError(checked.errors);
  return checked.value;
}
