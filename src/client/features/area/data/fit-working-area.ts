import { db as appDb, type PintuDb } from '@client/db/db';
import { readSignedIn } from '@client/sync/auth';
import { areaContains, type UserArea } from '@shared/auth/roles';
import { MAX_RT, type Area } from '@shared/wilayah/wilayah';
import { AREA_KEY, getWorkingArea, writeAreaMirror } from './working-area';

/**
 * The RTs a user may pick as the working RT: a relawan's own RTs; for a ketua RW (whole RW)
 * every RT number is allowed, and `null` says so.
 */
export function rtChoices(userArea: UserArea): number[] | null {
  return userArea.rts.length > 0 ? [...userArea.rts].sort((a, b) => a - b) : null;
}

/**
 * The working RT inside the user's area: the current one if it lies inside, else the user's
 * first RT (a ketua RW starts at RT 001). Null for areas wider than an RW (lurah and up: they
 * hold no field data on the phone).
 */
export function fitWorkingArea(userArea: UserArea, current: Area | null): Area | null {
  if (userArea.kelurahanCode === null || userArea.rw === null) return null;
  if (current && areaContains(userArea, current)) return current;
  const rt = rtChoices(userArea)?.[0] ?? 1;
  return { kelurahanCode: userArea.kelurahanCode, rw: userArea.rw, rt };
}

/**
 * Keeps the stored working area inside the user's area (after enrollment, or when the area
 * changed on the server). Returns the area now in use.
 */
export async function ensureWorkingArea(
  userArea: UserArea,
  db: PintuDb = appDb,
): Promise<Area | null> {
  return db.transaction('rw', db.meta, async () => {
    // Signed out or wiped meanwhile (a revocation): set nothing on the empty phone.
    if (!(await readSignedIn(db))) return null;
    const current = await getWorkingArea(db);
    const fitted = fitWorkingArea(userArea, current);
    if (fitted && fitted !== current) await db.meta.put({ key: AREA_KEY, value: fitted });
    if (fitted !== current) writeAreaMirror(fitted);
    return fitted;
  });
}

/** Chooses another RT inside the user's area (the RT picker and the home list's RT chips). */
export async function chooseRt(userArea: UserArea, rt: number, db: PintuDb = appDb): Promise<void> {
  if (!Number.isInteger(rt) || rt < 1 || rt > MAX_RT) throw new Error(`RT ${rt} tidak ada.`);
  const area = fitWorkingArea(userArea, null);
  if (!area) return;
  const next = { ...area, rt };
  if (!areaContains(userArea, next)) throw new Error('RT itu di luar wilayah Anda.');
  await db.meta.put({ key: AREA_KEY, value: next });
  writeAreaMirror(next);
}
