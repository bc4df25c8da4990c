import Dexie from 'dexie';
import type { PintuDb } from '@client/db/db';
import type {
  LocalDose,
  LocalHousehold,
  LocalIsoman,
  LocalResident,
  LocalVisit,
} from '@client/db/schema';
import type { Area } from '@shared/wilayah/wilayah';

/** One RT, or every RT of the area's RW. */
export type Scope = 'rt' | 'rw';

export type AreaRecords = {
  households: LocalHousehold[];
  residents: LocalResident[];
  doses: LocalDose[];
  isoman: LocalIsoman[];
  visits: LocalVisit[];
};

export type AreaDetails = Omit<AreaRecords, 'households'>;

function inArea<T, K>(table: Dexie.Table<T, K>, area: Area, scope: Scope) {
  const { kelurahanCode: kel, rw, rt } = area;
  const index = table.where('[kelurahanCode+rw+rt]');
  return scope === 'rt'
    ? index.equals([kel, rw, rt])
    : index.between([kel, rw, Dexie.minKey], [kel, rw, Dexie.maxKey], true, true);
}

/**
 * What the list needs comes in two indexed range reads on `[kelurahanCode+rw+rt]`, never one
 * query per row; statuses are derived in memory afterwards. The households come first, on
 * their own, so the rows can be drawn before the far larger read of residents, doses, isoman
 * and visits has finished (on a slow phone that read takes most of the time).
 */
export function readAreaHouseholds(
  database: PintuDb,
  area: Area,
  scope: Scope,
): Promise<LocalHousehold[]> {
  return inArea(database.households, area, scope).toArray();
}

export async function readAreaDetails(
  database: PintuDb,
  area: Area,
  scope: Scope,
): Promise<AreaDetails> {
  const [residents, doses, isoman, visits] = await Promise.all([
    inArea(database.residents, area, scope).toArray(),
    inArea(database.doses, area, scope).toArray(),
    inArea(database.isoman, area, scope).toArray(),
    inArea(database.visits, area, scope).toArray(),
  ]);
  return { residents, doses, isoman, visits };
}
