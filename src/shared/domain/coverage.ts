import type { IsoDate } from '../dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from './config';
import type {
  DoseRecord,
  HouseholdRecord,
  IsomanRecord,
  ResidentRecord,
  VisitRecord,
} from './entities';
import { isProven } from './dose-proof';
import { isIsomanActiveOn } from './isoman-status';
import { visitStanding } from './visit-outcome';
import {
  deriveStatus,
  isEligibleByAge,
  NOT_VACCINATED_REASONS,
  statusAtLeast,
  type NotVaccinatedReason,
} from './vaccination';

/**
 * Coverage of an area, computed from the records themselves. The definitions, in one place:
 * - residents: not deleted and still living here (`aktif`);
 * - eligible: of those, old enough for the primary series, or already given a dose;
 * - dosis1 / lengkap / booster: eligible residents at least at that status;
 * - lengkap dengan bukti (`lengkapBukti`): eligible residents whose proven doses alone (a
 *   certificate QR scanned or the card seen: dose-proof.ts) make them at least lengkap;
 * - percentages are of the eligible; the target is `herdImmunityTarget` of the eligible with
 *   a complete primary series (lengkap or booster);
 * - households visited: households with a finished visit (visit-outcome.ts: nobody home or
 *   refused to be recorded leaves a household not visited, waiting for a revisit);
 * - active isoman: episodes started and without an outcome.
 *
 * All of it on the day `today`, which may be a past day: doses count from their date of
 * vaccination, visits from their day in Kota Bekasi, isoman from its start to its outcome's
 * date, eligibility by age on that day. What the records do not date (a household, a resident
 * living here, the reason not vaccinated) is taken as it is now: a resident who moved away or
 * died is left out of every day, for the records do not say since when.
 */
export type CoverageCounts = {
  households: number;
  householdsVisited: number;
  residents: number;
  eligible: number;
  dosis1: number;
  lengkap: number;
  booster: number;
  /** Lengkap counting only the doses with a proof (QR or card). */
  lengkapBukti: number;
  activeIsoman: number;
  /** Eligible residents with no dose, by the reason recorded (or none given). */
  unvaccinatedByReason: Record<NotVaccinatedReason | 'tanpa-alasan', number>;
};

export type Coverage = CoverageCounts & {
  pctDosis1: number;
  pctLengkap: number;
  pctBooster: number;
  pctLengkapBukti: number;
  /** Residents with a complete series needed to reach the target. */
  targetCount: number;
  /** How many more need to complete the series to reach the target (0 when reached). */
  gapToTarget: number;
  reachedTarget: boolean;
};

export type CoverageInput = {
  households: readonly HouseholdRecord[];
  residents: readonly ResidentRecord[];
  doses: readonly DoseRecord[];
  isoman: readonly IsomanRecord[];
  visits: readonly VisitRecord[];
};

export type CoverageByArea = {
  total: Coverage;
  byRw: Map<number, Coverage>;
  /** Keyed `rw/rt`, e.g. `3/5`. */
  byRt: Map<string, Coverage>;
};

export function rtKey(rw: number, rt: number): string {
  return `${rw}/${rt}`;
}

export function emptyCounts(): CoverageCounts {
  const unvaccinatedByReason = { 'tanpa-alasan': 0 } as CoverageCounts['unvaccinatedByReason'];
  for (const reason of NOT_VACCINATED_REASONS) unvaccinatedByReason[reason] = 0;
  return {
    households: 0,
    householdsVisited: 0,
    residents: 0,
    eligible: 0,
    dosis1: 0,
    lengkap: 0,
    booster: 0,
    lengkapBukti: 0,
    activeIsoman: 0,
    unvaccinatedByReason,
  };
}

export function finishCoverage(
  counts: CoverageCounts,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): Coverage {
  const share = (n: number) => (counts.eligible === 0 ? 0 : n / counts.eligible);
  // Rounded to 9 places first: 100 × 0.55 is 55.00000000000001 in floating point, not 56.
  const targetCount = Math.ceil(Number((counts.eligible * config.herdImmunityTarget).toFixed(9)));
  return {
    ...counts,
    pctDosis1: share(counts.dosis1),
    pctLengkap: share(counts.lengkap),
    pctBooster: share(counts.booster),
    pctLengkapBukti: share(counts.lengkapBukti),
    targetCount,
    gapToTarget: Math.max(0, targetCount - counts.lengkap),
    reachedTarget: counts.eligible > 0 && counts.lengkap >= targetCount,
  };
}

export function computeCoverage(
  input: CoverageInput,
  today: IsoDate,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): CoverageByArea {
  const total = emptyCounts();
  const byRw = new Map<number, CoverageCounts>();
  const byRt = new Map<string, CoverageCounts>();
  const bucketsOf = (rw: number, rt: number): CoverageCounts[] => {
    let w = byRw.get(rw);
    if (!w) byRw.set(rw, (w = emptyCounts()));
    const key = rtKey(rw, rt);
    let t = byRt.get(key);
    if (!t) byRt.set(key, (t = emptyCounts()));
    return [total, w, t];
  };

  const visited = new Set<string>();
  const visitsByDay = input.visits.filter((v) => jakartaDay(v.at) <= today);
  for (const [householdId, visits] of groupBy(visitsByDay, (v) => v.householdId)) {
    if (visitStanding(visits).visited) visited.add(householdId);
  }
  for (const h of input.households) {
    if (h.deleted) continue;
    for (const c of bucketsOf(h.rw, h.rt)) {
      c.households++;
      if (visited.has(h.id)) c.householdsVisited++;
    }
  }

  const dosesGiven = input.doses.filter((d) => d.date <= today);
  const dosesByResident = groupBy(dosesGiven, (d) => d.residentId);
  const residentById = new Map(input.residents.map((r) => [r.id, r]));
  for (const r of input.residents) {
    if (r.deleted || r.residenceStatus !== 'aktif') continue;
    const doses = dosesByResident.get(r.id) ?? [];
    const status = deriveStatus(doses);
    const proven = statusAtLeast(deriveStatus(doses.filter(isProven)), 'lengkap');
    const eligible = status !== 'belum' || isEligibleByAge(r, today, config);
    for (const c of bucketsOf(r.rw, r.rt)) {
      c.residents++;
      if (!eligible) continue;
      c.eligible++;
      if (statusAtLeast(status, 'dosis1')) c.dosis1++;
      if (statusAtLeast(status, 'lengkap')) c.lengkap++;
      if (status === 'booster') c.booster++;
      if (proven) c.lengkapBukti++;
      if (status === 'belum') c.unvaccinatedByReason[r.notVaccinatedReason ?? 'tanpa-alasan']++;
    }
  }

  for (const episode of input.isoman) {
    const resident = residentById.get(episode.residentId);
    if (!resident || resident.deleted || !isIsomanActiveOn(episode, today)) continue;
    for (const c of bucketsOf(episode.rw, episode.rt)) c.activeIsoman++;
  }

  return {
    total: finishCoverage(total, config),
    byRw: mapValues(byRw, (c) => finishCoverage(c, config)),
    byRt: mapValues(byRt, (c) => finishCoverage(c, config)),
  };
}

/** Kota Bekasi keeps Western Indonesian Time (UTC+7) all year. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60_000;

/** The day in Kota Bekasi of an instant written with any offset (`2026-11-20T08:00:00+07:00`). */
export function jakartaDay(at: string): IsoDate {
  return new Date(Date.parse(at) + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
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

function mapValues<K, A, B>(map: Map<K, A>, f: (a: A) => B): Map<K, B> {
  return new Map(Array.from(map, ([k, v]) => [k, f(v)]));
}
