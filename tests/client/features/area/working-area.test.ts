import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { setWorkingArea } from '@client/features/area/data/set-working-area';
import { getWorkingArea } from '@client/features/area/data/working-area';
import type { ValidationError } from '@shared/domain/validation';
import { uuidv7 } from '@shared/ids';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`test-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('working area', () => {
  it('is none until chosen, then the chosen kelurahan, RW and RT', async () => {
    expect(await getWorkingArea(db)).toBeNull();
    await setWorkingArea({ kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 }, db);
    expect(await getWorkingArea(db)).toEqual({ kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 });
    expect(await db.outbox.count()).toBe(0); // a device setting, not field data
  });

  it('refuses an unknown kelurahan or an RT out of range, with Indonesian messages', async () => {
    const error = await setWorkingArea({ kelurahanCode: '32.75.99.9999', rw: 3, rt: 0 }, db).catch(
      (e: unknown) => e,
    );
    expect((error as ValidationError).fieldErrors).toEqual({
      kelurahanCode: 'Kelurahan tidak dikenal.',
      rt: 'RT paling kecil 1.',
    });
    expect(await getWorkingArea(db)).toBeNull();
  });
});
