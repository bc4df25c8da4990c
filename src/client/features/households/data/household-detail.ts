import type {
  LocalDose,
  LocalHousehold,
  LocalIsoman,
  LocalResident,
  LocalVisit,
} from '@client/db/schema';
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

/** Everything stored under one household id, as read from the five tables. */
export type HouseholdRecords = {
  household: LocalHousehold | undefined;
  residents: LocalResident[];
  doses: LocalDose[];
  isoman: LocalIsoman[];
  visits: LocalVisit[];
};

/**
 * A household page's figures on `today` (YYYY-MM-DD): each living resident's status, age,
 * active isoman and dose warnings, in kartu keluarga order, and the visits newest first.
 * `null` when the household is missing or deleted.
 */
export function deriveHouseholdDetail(
  records: HouseholdRecords,
  today: string,
): HouseholdDetail | null {
  const { household, residents, doses, isoman, visits } = records;
  if (!household || household.deleted) return null;
  const summaries = residents
    .filter((r) => !r.deleted)
    .map((resident) => summariseResident(resident, doses, isoman, today))
    .sort(byFamilyOrder);
  return {
    household,
    residents: summaries,
    visits: [...visits].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)),
    hasEvents: visits.length > 0 || doses.length > 0,
  };
}

function summariseResident(
  resident: LocalResident,
  doses: LocalDose[],
  isoman: LocalIsoman[],
  today: string,
): ResidentSummary {
  const own = doses.filter((d) => d.residentId === resident.id);
  const live = own.filter((d) => !d.deleted);
  return {
    resident,
    status: deriveStatus(own),
    age: ageOn(resident, today),
    eligible: isEligibleByAge(resident, today),
    activeIsoman: isoman.find((e) => e.residentId === resident.id && isIsomanActive(e, today)) ?? null,
    doseWarnings: doseProblems(live, resident, today).map((p) => p.message),
  };
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
