import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PintuDb } from '@client/db/db';
import { LockStore, IDLE_MS } from '@client/features/auth/data/lock';
import { signOut } from '@client/features/auth/data/sign-out';
import { readAuth } from '@client/sync/auth';
import { uuidv7 } from '@shared/ids';
import { addHousehold } from '../fixtures';
import { memoryStorage, signIn } from './helpers';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`signout-${uuidv7()}`);
  vi.stubGlobal('localStorage', memoryStorage());
  vi.stubGlobal('sessionStorage', memoryStorage());
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

async function countAll(): Promise<number> {
  const counts = await Promise.all(db.tables.map((t) => t.count()));
  return counts.reduce((a, b) => a + b, 0);
}

describe('sign out', () => {
  it("tells the server, then wipes every table and the app's storage keys (only the app's)", async () => {
    await signIn(db);
    await addHousehold(db);
    localStorage.setItem('pintu:area', '{}');
    localStorage.setItem('pintu:query:["volunteers","users"]', '[]');
    localStorage.setItem('other-app', 'keep');
    sessionStorage.setItem('pintu:last-input', '1');
    expect(await countAll()).toBeGreaterThan(3);

    const calls: string[] = [];
    const told = await signOut(db, async (path) => void calls.push(path));
    expect(told).toBe(true);
    expect(calls).toEqual(['/api/auth/sign-out']);
    expect(await countAll()).toBe(0);
    expect(await readAuth(db)).toBeNull();
    expect(localStorage.length).toBe(1);
    expect(localStorage.getItem('other-app')).toBe('keep');
    expect(sessionStorage.length).toBe(0);
  });

  it('still wipes the phone when the server cannot be reached', async () => {
    await signIn(db);
    await addHousehold(db);
    const told = await signOut(db, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(told).toBe(false);
    expect(await countAll()).toBe(0);
  });
});

describe('inactivity lock', () => {
  it('starts locked, stays open while used, locks after ten idle minutes', () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    const lock = new LockStore(() => now, storage);
    expect(lock.isLocked()).toBe(true);
    lock.unlock();
    now += IDLE_MS - 1_000;
    lock.touch();
    now += IDLE_MS - 1_000;
    lock.check();
    expect(lock.isLocked()).toBe(false);
    now += 1_000;
    lock.check();
    expect(lock.isLocked()).toBe(true);
  });

  it('the first touch after ten idle minutes locks (timers sleep in the background)', () => {
    let now = 1_000_000;
    const lock = new LockStore(() => now, memoryStorage());
    lock.unlock();
    now += IDLE_MS;
    lock.touch();
    expect(lock.isLocked()).toBe(true);
  });

  it('a reload of the same tab soon after use stays open; a later one asks again', () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    new LockStore(() => now, storage).unlock();
    now += 60_000;
    expect(new LockStore(() => now, storage).isLocked()).toBe(false);
    now += IDLE_MS;
    expect(new LockStore(() => now, storage).isLocked()).toBe(true);
    // A new tab (new sessionStorage) always asks.
    expect(new LockStore(() => now, memoryStorage()).isLocked()).toBe(true);
  });
});
