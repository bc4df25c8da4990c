import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@client/db/db';
import type { LocalHousehold, LocalIsoman, LocalResident, LocalVisit } from '@client/db/schema';
import { today } from '@client/ui/format';
import { doseProblems } from '@shared/domain/dose-rules';
import { isIsomanActive } from '@shared/domain/isoman';
import {
  ageOn,
  deriveStatus,
  isEligibleByAge,
  type VaccinationStatus,
} from '@shared/domain/vaccination';

export type ResidentSummary = {
  resident: LocalResident;
  status: VaccinationStatus;
  age: number | null;
  eligible: boolean;
  activeIsoman: LocalIsoman | null;
  /** Rules the recorded doses break (dose-rules.ts), shown as a warning, never rewritten. */
  doseWarnings: string[];
};

export type HouseholdDetail = {
  household: LocalHousehold;
  residents: ResidentSummary[];
  /** Newest first. */
  visits: LocalVisit[];
  hasEvents: boolean;
};

/** A household page's data: four reads by `householdId`. `null` when missing or deleted. */
export function useHousehold(id: string): HouseholdDetail | null | undefined {
  return useLiveQuery(async () => {
    const [household, residents, doses, isoman, visits] = await Promise.all([
      db.households.get(id),
      db.residents.where('householdId').equals(id).toArray(),
      db.doses.where('householdId').equals(id).toArray(),
      db.isoman.where('householdId').equals(id).toArray(),
      db.visits.where('householdId').equals(id).toArray(),
    ]);
    if (!household || household.deleted) return null;
    const on = today();
    const summaries = residents
      .filter((r) => !r.deleted)
      .map((resident): ResidentSummary => {
        const own = doses.filter((d) => d.residentId === resident.id);
        const status = deriveStatus(own);
        const live = own.filter((d) => !d.deleted);
        return {
          doseWarnings: doseProblems(live, resident, on).map((p) => p.message),
          resident,
          status,
          age: ageOn(resident, on),
          eligible: isEligibleByAge(resident, on),
          activeIsoman:
            isoman.find((e) => e.residentId === resident.id && isIsomanActive(e, on)) ?? null,
        };
      })
      .sort(byFamilyOrder);
    return {
      household,
      residents: summaries,
      visits: visits.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
      hasEvents: visits.length > 0 || doses.length > 0,
    };
  }, [id]);
}

/** The head first, then the older before the younger, as on the kartu keluarga. */
function byFamilyOrder(a: ResidentSummary, b: ResidentSummary): number {
  const head = (s: ResidentSummary) => (s.resident.relation === 'kepala' ? 0 : 1);
  return (
    head(a) - head(b) ||
    (b.age ?? -1) - (a.age ?? -1) ||
    a.resident.name.localeCompare(b.resident.name)
  );
}
