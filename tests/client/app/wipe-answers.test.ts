// The device wipe (sign-out, revocation) also forgets the dashboards' saved answers, even
// while a dashboard of the page holds their store open.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readAnswer, writeAnswer } from '@client/app/query-store';
import { PintuDb } from '@client/db/db';
import { wipeDevice } from '@client/sync/wipe';

describe('wipeDevice and the saved answers', () => {
  it('deletes them; the store opens again empty', async () => {
    await writeAnswer('["coverage","kelurahan","32.75.01.1001"]', { rws: [1, 2] }, 1000);
    expect(await readAnswer('["coverage","kelurahan","32.75.01.1001"]')).toEqual({
      savedAt: 1000,
      data: { rws: [1, 2] },
    });
    const db = new PintuDb(`wipe-answers-${Date.now()}`);
    await db.open();
    await wipeDevice(db);
    expect(await readAnswer('["coverage","kelurahan","32.75.01.1001"]')).toBeUndefined();
    db.close();
  });
});
