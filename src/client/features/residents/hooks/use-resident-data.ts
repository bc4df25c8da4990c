import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import type { LocalDose, LocalHousehold, LocalIsoman, LocalResident } from '@client/db/schema';
import { compareDoses } from '@shared/domain/dose-rules';

export type ResidentData = {
  household: LocalHousehold;
  resident: LocalResident | null;
  /** Doses not voided, in the order they are given (dosis 1, dosis 2, booster…). */
  doses: LocalDose[];
  /** Isoman episodes not deleted, newest first. */
  isoman: LocalIsoman[];
  /** A new resident of a household with no one recorded yet: the head is offered first. */
  firstOfHousehold: boolean;
};

/**
 * The resident form's data: an existing resident (by id) or a new one in a household.
 * `null` when the resident or household is missing or deleted.
 */
export function useResidentData(
  target: { residentId: string } | { householdId: string },
): ResidentData | null | undefined {
  const residentId = 'residentId' in target ? target.residentId : null;
  const householdId = 'householdId' in target ? target.householdId : null;
  return useLiveQuery(async () => {
    const resident = residentId ? await db.residents.get(residentId) : null;
    if (residentId && (!resident || resident.deleted)) return null;
    const household = await db.households.get(resident?.householdId ?? householdId ?? '');
    if (!household || household.deleted) return null;
    if (!resident) {
      const living = await db.residents.where('householdId').equals(household.id).toArray();
      const firstOfHousehold = !living.some((r) => !r.deleted);
      return { household, resident: null, doses: [], isoman: [], firstOfHousehold };
    }
    const [doses, isoman] = await Promise.all([
      db.doses.where('residentId').equals(resident.id).toArray(),
      db.isoman.where('residentId').equals(resident.id).toArray(),
    ]);
    return {
      household,
      resident,
      doses: doses.filter((d) => !d.deleted).sort(compareDoses),
      isoman: isoman
        .filter((e) => !e.deleted)
        .sort((a, b) => b.startDate.localeCompare(a.startDate)),
      firstOfHousehold: false,
    };
  }, [residentId, householdId]);
}
