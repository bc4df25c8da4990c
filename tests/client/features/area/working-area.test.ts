import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import {
  chooseRt,
  ensureWorkingArea,
  fitWorkingArea,
} from '@client/features/area/data/fit-working-area';
import { getWorkingArea } from '@client/features/area/data/working-area';
import type { UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import { signIn } from '../auth/helpers';

const KEL = '32.75.01.1001';
const relawan: UserArea = { kelurahanCode: KEL, rw: 3, rts: [7, 5] };
const ketuaRw: UserArea = { kelurahanCode: KEL, rw: 3, rts: [] };
const lurah: UserArea = { kelurahanCode: KEL, rw: null, rts: [] };

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('working RT inside the signed-in user area', () => {
  it('starts a relawan at their first RT, a ketua RW at RT 001, and a lurah at none', () => {
    expect(fitWorkingArea(relawan, null)).toEqual({ kelurahanCode: KEL, rw: 3, rt: 5 });
    expect(fitWorkingArea(ketuaRw, null)).toEqual({ kelurahanCode: KEL, rw: 3, rt: 1 });
    expect(fitWorkingArea(lurah, null)).toBeNull();
  });

  it('keeps a chosen RT inside the area and replaces one outside it', () => {
    const seven = { kelurahanCode: KEL, rw: 3, rt: 7 };
    expect(fitWorkingArea(relawan, seven)).toBe(seven);
    expect(fitWorkingArea(relawan, { ...seven, rt: 6 })).toEqual({ ...seven, rt: 5 });
    expect(fitWorkingArea(ketuaRw, { ...seven, rw: 4 })).toEqual({ ...seven, rt: 1 });
  });

  it('stores the fitted area without an outbox entry, and refuses an RT outside the area', async () => {
    expect(await ensureWorkingArea(relawan, db)).toBeNull(); // not signed in (wiped): nothing
    await signIn(db, '482915', relawan);
    expect(await ensureWorkingArea(relawan, db)).toEqual({ kelurahanCode: KEL, rw: 3, rt: 5 });
    await chooseRt(relawan, 7, db);
    expect(await getWorkingArea(db)).toEqual({ kelurahanCode: KEL, rw: 3, rt: 7 });
    await expect(chooseRt(relawan, 6, db)).rejects.toThrow('di luar wilayah');
    expect(await getWorkingArea(db)).toEqual({ kelurahanCode: KEL, rw: 3, rt: 7 });
    // The area shrank to RT 005 only: the stored RT 007 gives way.
    expect(await ensureWorkingArea({ ...relawan, rts: [5] }, db)).toEqual({
      kelurahanCode: KEL,
      rw: 3,
      rt: 5,
    });
    expect(await db.countPending()).toBe(0);
  });
});
