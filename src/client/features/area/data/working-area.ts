import { db as appDb, type PintuDb } from '@client/db/db';
import { isKelurahanCode, MAX_RT, MAX_RW, type Area } from '@shared/wilayah/wilayah';

/**
 * The working area (kelurahan, RW, RT) the volunteer chose, kept in `meta` under `area`.
 * It is a device setting, not field data, so it is not synced and needs no outbox entry.
 * Sign-in replaces this choice in a later issue (the area will come with the user).
 */
export const AREA_KEY = 'area';

/** A copy in localStorage, readable before the database opens (see `readAreaMirror`). */
const MIRROR_KEY = 'pintu:area';

export async function getWorkingArea(database: PintuDb = appDb): Promise<Area | null> {
  return asArea((await database.meta.get(AREA_KEY))?.value);
}

/**
 * Read on every start, so it checks the value by hand instead of loading zod into the first
 * bundle; what is stored was validated with the schema by `setWorkingArea`.
 */
export function asArea(value: unknown): Area | null {
  const v = value as Partial<Area> | null | undefined;
  if (!v || typeof v.kelurahanCode !== 'string' || !isKelurahanCode(v.kelurahanCode)) return null;
  const inRange = (n: unknown, max: number): n is number =>
    Number.isInteger(n) && (n as number) >= 1 && (n as number) <= max;
  return inRange(v.rw, MAX_RW) && inRange(v.rt, MAX_RT)
    ? { kelurahanCode: v.kelurahanCode, rw: v.rw, rt: v.rt }
    : null;
}

/**
 * The area as last seen, synchronously: the first screen starts reading the list at once
 * instead of after a round trip to `meta`. Only a head start: `meta` stays the truth, and the
 * live query replaces this guess as soon as it has read it.
 */
export function readAreaMirror(): Area | null {
  try {
    const text = localStorage.getItem(MIRROR_KEY);
    return text ? asArea(JSON.parse(text)) : null;
  } catch {
    return null;
  }
}

export function writeAreaMirror(area: Area | null): void {
  try {
    if (area) localStorage.setItem(MIRROR_KEY, JSON.stringify(area));
    else localStorage.removeItem(MIRROR_KEY);
  } catch {
    // Private mode or storage full: the mirror is only a head start.
  }
}
