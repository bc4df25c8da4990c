import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AT_REST_KEY } from '@client/db/at-rest-key';
import { commitChanges } from '@client/db/commit';
import { PintuDb } from '@client/db/db';
import { allPending } from '@client/db/outbox';
import { checkExpiry } from '@client/features/auth/data/expiry';
import { unlockWithPin, WIPE_AFTER_FAILURES } from '@client/features/auth/data/unlock';
import { readAuth } from '@client/sync/auth';
import { loadSyncState, updateSyncState } from '@client/sync/sync-state';
import { uuidv7 } from '@shared/ids';
import { KEL, signIn } from './helpers';

const DAY = 24 * 60 * 60_000;
const area = { kelurahanCode: KEL, rw: 3, rt: 5 };
let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`expiry-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

/** A signed-in, unlocked phone with one household of its RT, synced just after enrolling. */
async function phoneWithRecords() {
  const syncedAt = (await signIn(db)).enrolledAt + 1000;
  expect(await unlockWithPin('482915', db)).toEqual({ ok: true });
  const id = uuidv7();
  await commitChanges(db, [
    {
      entity: 'household',
      op: 'put',
      id,
      values: { ...area, street: 'Jl. Melati', houseNumber: '3', headName: 'Sulastri' },
    },
  ]);
  await updateSyncState(db, { cursor: 'c-1', scope: 'rw', lastSuccessAt: syncedAt });
  return { id, synced: syncedAt };
}

describe('records expire on a phone that does not reach the server', () => {
  const limits = { askSyncAfterDays: 14, wipeAfterDays: 30 };

  it('opens them for 14 days after the last sync, then asks to sync first', async () => {
    const { synced } = await phoneWithRecords();
    expect(await checkExpiry(db, synced + 13 * DAY, limits)).toEqual({ state: 'fresh' });
    expect(await checkExpiry(db, synced + 14 * DAY, limits)).toEqual({
      state: 'ask-sync',
      days: 14,
    });
    expect(await checkExpiry(db, synced + 29 * DAY + DAY - 1, limits)).toMatchObject({
      state: 'ask-sync',
    });
    expect(await db.households.count()).toBe(1);
  });

  it('after 30 days deletes the records, keeps the pending changes, the sign-in and the key', async () => {
    const { id, synced } = await phoneWithRecords();
    expect(await checkExpiry(db, synced + 30 * DAY, limits)).toEqual({ state: 'wiped', days: 30 });
    expect(await db.households.count()).toBe(0);
    expect((await allPending(db)).map((c) => c.entityId)).toEqual([id]);
    expect((await readAuth(db))?.status).toBe('active');
    expect(await db.meta.get(AT_REST_KEY)).toBeDefined();
    expect(await loadSyncState(db)).toMatchObject({ cursor: null, scope: null });

    // The next sign-in (unlock) still opens the pending changes, to send them.
    db.atRest.close();
    expect(await unlockWithPin('482915', db)).toEqual({ ok: true });
    expect((await allPending(db))[0]?.values).toMatchObject({ headName: 'Sulastri' });
  });

  it('counts from enrollment on a phone that never synced', async () => {
    const auth = await signIn(db);
    expect(await checkExpiry(db, auth.enrolledAt + 15 * DAY, limits)).toMatchObject({
      state: 'ask-sync',
      days: 15,
    });
  });
});

describe('ten wrong PINs in a row', () => {
  it('wipe the records, the pending changes, the key and the sign-in, and say why', async () => {
    await phoneWithRecords();
    db.atRest.close();
    let now = Date.now();
    for (let i = 1; i < WIPE_AFTER_FAILURES; i++) {
      now += 2 * 60 * 60_000; // past every wait
      expect(await unlockWithPin('000111', db, () => now)).toMatchObject({ failures: i });
    }
    expect(await db.households.count()).toBe(1);
    now += 2 * 60 * 60_000;
    expect(await unlockWithPin('000111', db, () => now)).toEqual({ ok: false, reason: 'wiped' });
    expect(await db.households.count()).toBe(0);
    expect(await db.outboxRows.count()).toBe(0);
    expect(await db.meta.get(AT_REST_KEY)).toBeUndefined();
    expect(await readAuth(db)).toMatchObject({ status: 'revoked', reason: 'wrong-pins' });
    expect(await unlockWithPin('482915', db)).toEqual({ ok: false, reason: 'signed-out' });
  });

  it('a right PIN before the tenth starts the count again', async () => {
    await phoneWithRecords();
    let now = Date.now();
    for (let i = 1; i < WIPE_AFTER_FAILURES; i++) {
      now += 2 * 60 * 60_000;
      await unlockWithPin('000111', db, () => now);
    }
    now += 2 * 60 * 60_000;
    expect(await unlockWithPin('482915', db, () => now)).toEqual({ ok: true });
    now += 1;
    expect(await unlockWithPin('000111', db, () => now)).toMatchObject({ failures: 1 });
    expect(await db.households.count()).toBe(1);
  });
});
