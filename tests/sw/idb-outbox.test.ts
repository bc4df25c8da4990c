// The service worker settles a push answer in the page's database; the records the answer
// sends back wait in `meta` and the page lands them at its next sync.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { applyWorkerAnswers } from '@client/sync/apply-answered';
import { uuidv7 } from '@shared/ids';
import { ANSWERED_RECORDS_KEY } from '@shared/sync/messages';
import { IdbOutbox } from '@sw/idb-outbox';

const AREA = { kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 };
let db: PintuDb;

afterEach(async () => {
  await db?.delete();
});

describe("the worker's push answers", () => {
  it('a rejected change goes to Ditolak; the server record waits in meta and then replaces the local one', async () => {
    db = new PintuDb(); // the page's database, named as the worker opens it
    const id = uuidv7();
    const household = { ...AREA, street: 'Jl. Melati', houseNumber: '7', headName: 'Budi' };
    await commitChanges(db, [{ entity: 'household', op: 'put', id, values: household }]);
    await db.meta.put({ key: 'auth', value: { status: 'active', token: 't' } });
    const [created] = await db.outboxRows.toArray();
    const [change] = created!.changes;
    const neverStored = uuidv7();
    const [edit] = await commitChanges(db, [
      { entity: 'household', op: 'put', id, values: { headName: 'Ahmad' } },
    ]);

    const outbox = (await IdbOutbox.open())!;
    const server = { values: household, hlc: { headName: change!.hlc }, deleted: false };
    await outbox.settle(
      [
        { id: change!.id, seq: change!.seq, status: 'applied' },
        { id: edit!.id, seq: edit!.seq, status: 'rejected', reason: 'Ditolak uji.' },
      ],
      {
        records: [{ entity: 'household', id, ...server }],
        absent: [{ entity: 'resident', id: neverStored }],
      },
    );
    outbox.close();
    expect(await db.rejected.toArray()).toMatchObject([
      { id: edit!.id, values: { headName: 'Ahmad' } },
    ]);
    expect((await db.households.get(id))?.headName).toBe('Ahmad'); // until the page lands it
    expect(await db.meta.get(ANSWERED_RECORDS_KEY)).toBeDefined();

    await applyWorkerAnswers(db);
    expect((await db.households.get(id))?.headName).toBe('Budi');
    expect(await db.meta.get(ANSWERED_RECORDS_KEY)).toBeUndefined();
    expect(await db.countPending()).toBe(0);
  });
});
