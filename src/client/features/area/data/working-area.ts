import { db as appDb, type PintuDb } from '@client/db/db';
import { isKelurahanCode, MAX_RT, MAX_RW, type Area } from '@shared/wilayah/wilayah';

/**
 * The working area (kelurahan, RW, RT) the volunteer chose, kept in `meta` under `area`.
 * It is a device setting, not field data, so it is not synced and needs no outbox entry.
 * Sign-in replaces this choice in a later issue (the area will come with the user).
 */
export const AREA_KEY = 'area';

/**
 * Read on every start, so it checks the stored value by hand instead of loading zod into the
 * first bundle; what is stored was validated with the schema by `setWorkingArea`
 * (set-working-area.ts).
 */
export async function getWorkingArea(database: PintuDb = appDb): Promise<Area | null> {
  const value = (await database.meta.get(AREA_KEY))?.value as Partial<Area> | undefined;
  if (!value || typeof value.kelurahanCode !== 'string' || !isKelurahanCode(value.kelurahanCode)) {
    return null;
  }
  const { rw, rt } = value;
  const inRange = (n: unknown, max: number): n is number =>
    Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;
  return inRange(rw, MAX_RW) && inRange(rt, MAX_RT)
    ? { kelurahanCode: value.kelurahanCode, rw, rt }
    : null;
}
