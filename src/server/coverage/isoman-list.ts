import type { IsoDate } from '@shared/dates';
import { householdAddress } from '@shared/domain/household-address';
import { ageOn } from '@shared/domain/vaccination';
import type { IsomanList, IsomanPatient } from '@shared/isoman/api';
import { findKelurahan } from '@shared/wilayah/wilayah';
import type { Queryable } from '../db/database';
import { readActiveIsoman } from '../data/isoman-list';

const DAY_MS = 86_400_000;
const daysFrom = (from: IsoDate, to: IsoDate) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/**
 * The lurah's isoman list: each resident in active isoman with the day of isolation they are
 * on (the start day is day 1), and the households with two or more of them (family clusters,
 * isFamilyCluster's rule: distinct residents, so two open episodes of one resident count once).
 */
export async function isomanList(
  q: Queryable,
  area: { kelurahanCode: string; rw: number | null },
  today: IsoDate,
): Promise<IsomanList> {
  const rows = await readActiveIsoman(q, area, today);
  const residentsOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = residentsOf.get(r.household_id) ?? new Set<string>();
    residentsOf.set(r.household_id, set.add(r.resident_id));
  }
  const patients: IsomanPatient[] = rows.map((r) => ({
    id: r.id,
    residentId: r.resident_id,
    name: r.resident.name,
    age: ageOn(r.resident, today),
    householdId: r.household_id,
    headName: r.household.headName,
    address: householdAddress(r.household),
    rw: r.rw,
    rt: r.rt,
    startDate: r.fields.startDate,
    expectedEndDate: r.fields.expectedEndDate,
    day: daysFrom(r.fields.startDate, today) + 1,
    days: daysFrom(r.fields.startDate, r.fields.expectedEndDate),
    cluster: residentsOf.get(r.household_id)!.size >= 2,
  }));
  const clusters = [...residentsOf]
    .filter(([, residents]) => residents.size >= 2)
    .map(([householdId, residents]) => {
      const p = patients.find((x) => x.householdId === householdId)!;
      return { householdId, rw: p.rw, rt: p.rt, address: p.address, patients: residents.size };
    })
    .sort((a, b) => b.patients - a.patients || a.rw - b.rw || a.rt - b.rt);
  return {
    asOf: new Date().toISOString(),
    today,
    kelurahanCode: area.kelurahanCode,
    name: findKelurahan(area.kelurahanCode)?.name ?? area.kelurahanCode,
    rw: area.rw,
    patients,
    clusters,
  };
}
