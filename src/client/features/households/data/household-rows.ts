import type { IsoDate } from '@shared/dates';
import { householdAddress } from '@shared/domain/household-address';
import { isIsomanActive } from '@shared/domain/isoman-status';
import { deriveStatus, isEligibleByAge } from '@shared/domain/vaccination';
import { isFinishedVisit, visitStanding, type VisitOutcome } from '@shared/domain/visit-outcome';
import type { LocalDose, LocalResident } from '@client/db/schema';
import type { AreaRecords } from './area-records';

/** One line of the household list, with everything its badges need. */
export type HouseholdRow = {
  id: string;
  rw: number;
  rt: number;
  street: string;
  houseNumber: string | null;
  address: string;
  headName: string;
  kkNumber: string | null;
  /** Residents living here (status `aktif`). */
  residents: number;
  /** Of those, eligible by age and without any dose. */
  unvaccinated: number;
  /** A finished visit recorded the household (visit-outcome.ts: not "nobody home"). */
  visited: boolean;
  /** The latest visit was unfinished or asked for a revisit; its date when given. */
  revisitNeeded: boolean;
  revisitDate: IsoDate | null;
  /** The latest visit's outcome when it was unfinished (nobody home, refused): its label. */
  unfinishedOutcome: VisitOutcome | null;
  activeIsoman: number;
  /** Lower-cased words of the address, the head and every resident's name (in-memory search). */
  words: string[];
  /** NIKs of the residents and the KK number (search by digits). */
  numbers: string[];
};

export type ListCounts = {
  households: number;
  visited: number;
  residents: number;
  unvaccinated: number;
};

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** Address order, the order a volunteer walks a street: "No. 2" before "No. 10". */
export function compareAddress(
  a: Pick<HouseholdRow, 'street' | 'houseNumber' | 'headName' | 'id'>,
  b: Pick<HouseholdRow, 'street' | 'houseNumber' | 'headName' | 'id'>,
): number {
  return (
    collator.compare(a.street, b.street) ||
    collator.compare(a.houseNumber ?? '', b.houseNumber ?? '') ||
    collator.compare(a.headName, b.headName) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Rows in address order, statuses derived with the shared domain rules. */
export function deriveHouseholdRows(records: AreaRecords, today: IsoDate): HouseholdRow[] {
  const doses = groupBy(records.doses, (d) => d.residentId);
  const residents = groupBy(
    records.residents.filter((r) => !r.deleted),
    (r) => r.householdId,
  );
  const visits = groupBy(records.visits, (v) => v.householdId);
  const isomanByHousehold = new Map<string, number>();
  for (const episode of records.isoman) {
    if (!isIsomanActive(episode, today)) continue;
    isomanByHousehold.set(episode.householdId, (isomanByHousehold.get(episode.householdId) ?? 0) + 1);
  }

  const rows: HouseholdRow[] = [];
  for (const h of records.households) {
    if (h.deleted) continue;
    const living = (residents.get(h.id) ?? []).filter((r) => r.residenceStatus === 'aktif');
    const standing = visitStanding(visits.get(h.id) ?? []);
    const latest = standing.latest;
    rows.push({
      id: h.id,
      rw: h.rw,
      rt: h.rt,
      street: h.street,
      houseNumber: h.houseNumber ?? null,
      address: householdAddress(h),
      headName: h.headName,
      kkNumber: h.kkNumber ?? null,
      residents: living.length,
      unvaccinated: living.filter((r) => isUnvaccinated(r, doses.get(r.id) ?? [], today)).length,
      visited: standing.visited,
      revisitNeeded: standing.revisitNeeded,
      revisitDate: standing.revisitDate,
      unfinishedOutcome: latest && !isFinishedVisit(latest.outcome) ? latest.outcome : null,
      activeIsoman: isomanByHousehold.get(h.id) ?? 0,
      words: [...h.searchWords, ...living.flatMap((r) => r.nameWords)],
      numbers: [...(h.kkNumber ? [h.kkNumber] : []), ...living.flatMap((r) => (r.nik ? [r.nik] : []))],
    });
  }
  return rows.sort(compareAddress);
}

export function countRows(rows: readonly HouseholdRow[]): ListCounts {
  const counts: ListCounts = { households: 0, visited: 0, residents: 0, unvaccinated: 0 };
  for (const row of rows) {
    counts.households++;
    if (row.visited) counts.visited++;
    counts.residents += row.residents;
    counts.unvaccinated += row.unvaccinated;
  }
  return counts;
}

export function isUnvaccinated(
  resident: LocalResident,
  doses: readonly LocalDose[],
  today: IsoDate,
): boolean {
  return deriveStatus(doses) === 'belum' && isEligibleByAge(resident, today);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
