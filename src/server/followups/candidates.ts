import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { computeCoverage } from '@shared/domain/coverage';
import type { DoseRecord, FollowupRecord, VisitRecord } from '@shared/domain/entities';
import { householdAddress } from '@shared/domain/household-address';
import { isFollowupDone } from '@shared/domain/followup-status';
import { visitStanding } from '@shared/domain/visit-outcome';
import { ageOn, deriveStatus, isEligibleByAge } from '@shared/domain/vaccination';
import type { IsoDate } from '@shared/dates';
import type {
  FollowupCandidates,
  FollowupSummary,
  HouseholdCandidate,
  ResidentCandidate,
  RtGap,
} from '@shared/followups/api';
import type { AreaRecords, RwArea } from './read-area';

/**
 * What the lurah sees of an RW to hand out follow-ups, from its records:
 *   1. the gap to target of each RT (the coverage rules of @shared/domain/coverage);
 *   2. eligible residents still living there with no dose, with the reason recorded;
 *   3. households whose last visit was unfinished or asked for a revisit (visit-outcome.ts);
 *   4. the follow-ups not cancelled, each marked done or open by the phone's own rules, and
 *      each candidate linked to the open one already given for it.
 */
export function findCandidates(
  area: RwArea,
  records: AreaRecords,
  today: IsoDate,
  at: string,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): FollowupCandidates {
  const households = new Map(records.households.filter((h) => !h.deleted).map((h) => [h.id, h]));
  const dosesOf = groupBy(records.doses, (d) => d.residentId);
  const visitsOf = groupBy(records.visits, (v) => v.householdId);
  const residents = new Map(records.residents.map((r) => [r.id, r]));

  // 1.
  const coverage = computeCoverage(
    { ...records, households: [...households.values()] },
    today,
    config,
  );
  const rts: RtGap[] = [...coverage.byRt].map(([key, c]) => {
    const [rw, rt] = key.split('/').map(Number) as [number, number];
    const { eligible, lengkap, targetCount, gapToTarget, unvaccinatedByReason } = c;
    return { rw, rt, eligible, lengkap, targetCount, gapToTarget, unvaccinatedByReason };
  });
  rts.sort((a, b) => a.rt - b.rt);

  // 4. (first: the candidates link to the open ones)
  const followups: FollowupSummary[] = [];
  const openFor = new Map<string, { id: string; assignedToName: string }>();
  for (const f of records.followups) {
    if (f.deleted) continue;
    const household = households.get(f.householdId);
    const resident = f.residentId ? residents.get(f.residentId) : undefined;
    const done = isFollowupDone(f, factsOf(f, dosesOf, visitsOf));
    if (!done)
      openFor.set(f.residentId ?? f.householdId, { id: f.id, assignedToName: f.assignedToName });
    followups.push({
      id: f.id,
      kind: f.kind,
      rw: f.rw,
      rt: f.rt,
      householdId: f.householdId,
      residentId: f.residentId ?? null,
      name: resident?.name ?? household?.headName ?? '',
      address: household ? householdAddress(household) : '',
      assignedTo: f.assignedTo,
      assignedToName: f.assignedToName,
      dueDate: f.dueDate ?? null,
      createdAt: f.createdAt,
      done,
    });
  }

  // 2.
  const residentCandidates: ResidentCandidate[] = [];
  for (const r of records.residents) {
    const household = households.get(r.householdId);
    if (r.deleted || r.residenceStatus !== 'aktif' || !household) continue;
    if (deriveStatus(dosesOf.get(r.id) ?? []) !== 'belum' || !isEligibleByAge(r, today, config))
      continue;
    residentCandidates.push({
      residentId: r.id,
      householdId: r.householdId,
      rw: r.rw,
      rt: r.rt,
      name: r.name,
      age: ageOn(r, today),
      reason: r.notVaccinatedReason ?? null,
      address: householdAddress(household),
      headName: household.headName,
      openFollowup: openFor.get(r.id) ?? null,
    });
  }

  // 3.
  const householdCandidates: HouseholdCandidate[] = [];
  for (const h of households.values()) {
    const standing = visitStanding(visitsOf.get(h.id) ?? []);
    const last = standing.latest;
    if (!last || !standing.revisitNeeded) continue;
    const why = last.outcome === 'tidak-ada-orang' ? 'tidak-ada-orang' : 'perlu-kunjungan-ulang';
    householdCandidates.push({
      householdId: h.id,
      rw: h.rw,
      rt: h.rt,
      address: householdAddress(h),
      headName: h.headName,
      lastVisitAt: last.at,
      why,
      revisitDate: standing.revisitDate,
      openFollowup: openFor.get(h.id) ?? null,
    });
  }

  const byPlace = <T extends { rt: number; address: string }>(a: T, b: T) =>
    a.rt - b.rt || a.address.localeCompare(b.address, 'id');
  return {
    kelurahanCode: area.kelurahanCode,
    rw: area.rw,
    at,
    target: config.herdImmunityTarget,
    rts,
    residents: residentCandidates.sort(byPlace),
    households: householdCandidates.sort(byPlace),
    followups: followups.sort(byPlace),
    volunteers: [],
  };
}

function factsOf(
  f: FollowupRecord,
  dosesOf: Map<string, DoseRecord[]>,
  visitsOf: Map<string, VisitRecord[]>,
) {
  return {
    doses: f.residentId ? (dosesOf.get(f.residentId) ?? []) : [],
    visits: visitsOf.get(f.householdId) ?? [],
  };
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
