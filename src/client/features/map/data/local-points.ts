import type { HouseholdMapStatus } from '@shared/coverage/api';
import type { IsoDate } from '@shared/dates';
import { householdAddress } from '@shared/domain/household-address';
import { isIsomanActive } from '@shared/domain/isoman-status';
import { deriveStatus, isEligibleByAge } from '@shared/domain/vaccination';
import { visitStanding } from '@shared/domain/visit-outcome';
import type {
  LocalDose,
  LocalHousehold,
  LocalIsoman,
  LocalResident,
  LocalVisit,
} from '@client/db/schema';
import type { MapHousehold } from './clusters';

export type PhoneRecords = {
  households: LocalHousehold[];
  residents: LocalResident[];
  doses: LocalDose[];
  visits: LocalVisit[];
  isoman: LocalIsoman[];
};

/**
 * The phone's households with a GPS point, as map points, their status derived as the server
 * derives it (coverage/household-state.ts): not visited; every eligible resident complete;
 * nobody eligible with a dose; or some.
 */
export function phonePoints(records: PhoneRecords, today: IsoDate): MapHousehold[] {
  const group = <T extends { householdId: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) map.set(item.householdId, [...(map.get(item.householdId) ?? []), item]);
    return map;
  };
  const residents = group(records.residents.filter((r) => !r.deleted && r.residenceStatus === 'aktif'));
  const visits = group(records.visits);
  const isoman = group(records.isoman.filter((e) => isIsomanActive(e, today)));
  const doses = new Map<string, LocalDose[]>();
  for (const d of records.doses) doses.set(d.residentId, [...(doses.get(d.residentId) ?? []), d]);

  const points: MapHousehold[] = [];
  for (const h of records.households) {
    if (h.deleted || !h.location) continue;
    const living = residents.get(h.id) ?? [];
    const statuses = living
      .filter((r) => isEligibleByAge(r, today))
      .map((r) => deriveStatus(doses.get(r.id) ?? []));
    points.push({
      id: h.id,
      rw: h.rw,
      rt: h.rt,
      lat: h.location.lat,
      lng: h.location.lng,
      address: householdAddress(h),
      residents: living.length,
      status: statusOf(visitStanding(visits.get(h.id) ?? []).visited, statuses),
      activeIsoman: isoman.get(h.id)?.length ?? 0,
      unvaccinated: statuses.filter((s) => s === 'belum').length,
    });
  }
  return points.sort((a, b) => collator.compare(a.address, b.address));
}

const collator = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

function statusOf(visited: boolean, eligible: readonly string[]): HouseholdMapStatus {
  if (!visited) return 'belum-dikunjungi';
  if (eligible.every((s) => s === 'lengkap' || s === 'booster')) return 'lengkap';
  if (eligible.every((s) => s === 'belum')) return 'belum-vaksin';
  return 'sebagian';
}

/** Metres between two points (equirectangular: exact enough within a kelurahan). */
export function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = Math.PI / 180;
  const x = (b.lng - a.lng) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

/**
 * The house to go to next: the nearest not yet visited from where the volunteer stands, or,
 * without a GPS fix, the first not visited in address order (the order of `points`).
 */
export function nextUnvisited(
  points: readonly MapHousehold[],
  here: { lat: number; lng: number } | null,
): MapHousehold | null {
  const open = points.filter((p) => p.status === 'belum-dikunjungi');
  if (open.length === 0) return null;
  if (!here) return open[0]!;
  return open.reduce((best, p) => (metresBetween(here, p) < metresBetween(here, best) ? p : best));
}
