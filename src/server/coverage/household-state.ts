import type { HouseholdMapStatus } from '@shared/coverage/api';
import type { IsoDate } from '@shared/dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { computeCoverage, type CoverageInput } from '@shared/domain/coverage';
import type {
  DoseRecord,
  HouseholdRecord,
  IsomanRecord,
  ResidentRecord,
  VisitRecord,
} from '@shared/domain/entities';
import { isIsomanActiveOn } from '@shared/domain/isoman-status';
import { toVector, type AreaCounts, type CountVector } from './counts';
import { datedChanges, type DatedChanges } from './dated';
import { jakartaDate } from './today';

/** A household and every record under it: the unit the aggregates are kept up to date by. */
export type HouseholdUnit = {
  household: HouseholdRecord & { kelurahanCode: string; rw: number; rt: number };
  residents: ResidentRecord[];
  doses: DoseRecord[];
  isoman: IsomanRecord[];
  visits: VisitRecord[];
};

/** What a household adds to its RT (a row of coverage_households). */
export type HouseholdState = {
  id: string;
  kelurahanCode: string;
  rw: number;
  rt: number;
  counts: CountVector;
  mapStatus: HouseholdMapStatus;
  /** Visits by day of the visit (Asia/Jakarta). */
  visitDays: Record<IsoDate, number>;
  /** New isoman episodes by start day (episodes not deleted, of residents not deleted). */
  isomanDays: Record<IsoDate, number>;
  /** Its counts' changes by the day they happen in the records (dated.ts). */
  dated: DatedChanges;
};

/**
 * The household's contribution, with the definitions of computeCoverage itself: the sum of
 * these over every household of an area is computeCoverage over the area's records, because
 * every record belongs to exactly one household and lies in that household's RT.
 */
export function householdState(
  unit: HouseholdUnit,
  today: IsoDate,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): HouseholdState {
  const h = unit.household;
  const input: CoverageInput = { ...unit, households: [h] };
  const total = computeCoverage(input, today, config).total;
  const counts: AreaCounts = { ...total, familyClusters: isFamilyCluster(unit, today) ? 1 : 0 };
  const liveResidents = new Set(unit.residents.filter((r) => !r.deleted).map((r) => r.id));
  const visitDays: Record<IsoDate, number> = {};
  for (const v of unit.visits) {
    if (v.deleted) continue;
    const day = jakartaDate(Date.parse(v.at));
    visitDays[day] = (visitDays[day] ?? 0) + 1;
  }
  const isomanDays: Record<IsoDate, number> = {};
  for (const e of unit.isoman) {
    if (e.deleted || !liveResidents.has(e.residentId)) continue;
    isomanDays[e.startDate] = (isomanDays[e.startDate] ?? 0) + 1;
  }
  return {
    id: h.id,
    kelurahanCode: h.kelurahanCode,
    rw: h.rw,
    rt: h.rt,
    counts: toVector(counts),
    mapStatus: mapStatusOf(counts),
    visitDays,
    isomanDays,
    dated: datedChanges(unit, config),
  };
}

/** Two or more residents (not deleted) of the household in isoman at the same time. */
export function isFamilyCluster(
  unit: Pick<HouseholdUnit, 'residents' | 'isoman'>,
  today: IsoDate,
): boolean {
  const live = new Set(unit.residents.filter((r) => !r.deleted).map((r) => r.id));
  const inIsoman = new Set(
    unit.isoman
      .filter((e) => live.has(e.residentId) && isIsomanActiveOn(e, today))
      .map((e) => e.residentId),
  );
  return inIsoman.size >= 2;
}

/**
 * Not visited yet; visited and every eligible resident has a complete series (or none is
 * eligible); nobody eligible has a dose yet; or some but not all.
 */
export function mapStatusOf(c: AreaCounts): HouseholdMapStatus {
  if (c.householdsVisited === 0) return 'belum-dikunjungi';
  if (c.lengkap >= c.eligible) return 'lengkap';
  if (c.dosis1 === 0) return 'belum-vaksin';
  return 'sebagian';
}
