import Dexie from 'dexie';
import type { PintuDb } from '@client/db/db';
import type { CoverageInput } from '@shared/domain/coverage';
import type { Area } from '@shared/wilayah/wilayah';

/** Every record of the area's RW: one indexed range read per table on `[kelurahanCode+rw+rt]`. */
export async function readRw(database: PintuDb, area: Area): Promise<CoverageInput> {
  const lower = [area.kelurahanCode, area.rw, Dexie.minKey];
  const upper = [area.kelurahanCode, area.rw, Dexie.maxKey];
  const inRw = <T, K>(table: Dexie.Table<T, K>) =>
    table.where('[kelurahanCode+rw+rt]').between(lower, upper, true, true).toArray();
  const [households, residents, doses, isoman, visits] = await Promise.all([
    inRw(database.households),
    inRw(database.residents),
    inRw(database.doses),
    inRw(database.isoman),
    inRw(database.visits),
  ]);
  return { households, residents, doses, isoman, visits };
}
