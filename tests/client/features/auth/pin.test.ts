import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import {
  checkPin,
  equalInConstantTime,
  makePinVerifier,
  PIN_ITERATIONS,
  pinProblem,
} from '@client/features/auth/data/pin';
import {
  ATTEMPTS_KEY,
  readAttempts,
  unlockWithPin,
  waitAfterFailures,
} from '@client/features/auth/data/unlock';
import { uuidv7 } from '@shared/ids';
import { signIn } from './helpers';

let db: PintuDb;
let name: string;
beforeEach(() => {
  name = `pin-${uuidv7()}`;
  db = new PintuDb(name);
});
afterEach(async () => {
  await db.delete();
});

describe('PIN verifier (PBKDF2-SHA-256 in WebCrypto)', () => {
  it('accepts the right PIN, refuses a wrong one, and never stores the PIN', async () => {
    const verifier = await makePinVerifier('482915');
    expect(verifier.iterations).toBeGreaterThanOrEqual(200_000);
    expect(verifier.iterations).toBe(PIN_ITERATIONS);
    expect(atob(verifier.salt)).toHaveLength(16);
    expect(JSON.stringify(verifier)).not.toContain('482915');
    expect(await checkPin('482915', verifier)).toBe(true);
    expect(await checkPin('482916', verifier)).toBe(false);
    expect(await checkPin('', verifier)).toBe(false);
  });

  it('salts each verifier: the same PIN gives different hashes', async () => {
    const [a, b] = await Promise.all([
      makePinVerifier('482915', 1000),
      makePinVerifier('482915', 1000),
    ]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('compares every byte', () => {
    expect(equalInConstantTime(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(equalInConstantTime(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(equalInConstantTime(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });

  it('refuses PINs that are not 6 digits or easy to guess', () => {
    expect(pinProblem('12345')).toBe('PIN harus 6 angka.');
    expect(pinProblem('12345a')).toBe('PIN harus 6 angka.');
    expect(pinProblem('111111')).toMatch(/mudah ditebak/);
    expect(pinProblem('123456')).toMatch(/mudah ditebak/);
    expect(pinProblem('654321')).toMatch(/mudah ditebak/);
    expect(pinProblem('482915')).toBeNull();
  });
});

describe('unlocking with the PIN, offline', () => {
  it('waits after three wrong PINs: none, none, 30 s, 60 s, 2 min, … up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6].map(waitAfterFailures)).toEqual([
      0, 0, 30_000, 60_000, 120_000, 240_000,
    ]);
    expect(waitAfterFailures(30)).toBe(60 * 60_000);
  });

  it('opens with the right PIN and clears earlier wrong tries', async () => {
    await signIn(db, '482915');
    let now = 1_000_000;
    const clock = () => now;
    expect(await unlockWithPin('000001', db, clock)).toMatchObject({
      ok: false,
      reason: 'wrong',
      failures: 1,
    });
    expect(await unlockWithPin('482915', db, clock)).toEqual({ ok: true });
    expect(await db.meta.get(ATTEMPTS_KEY)).toBeUndefined();
    now += 1;
    expect(await unlockWithPin('000001', db, clock)).toMatchObject({ failures: 1 });
  });

  it('refuses every try while the wait runs, even the right PIN, and the wait survives a reload', async () => {
    await signIn(db, '482915');
    let now = 1_000_000;
    const clock = () => now;
    for (const failures of [1, 2]) {
      expect(await unlockWithPin('999990', db, clock)).toEqual({
        ok: false,
        reason: 'wrong',
        failures,
        waitUntil: 0,
      });
    }
    expect(await unlockWithPin('999990', db, clock)).toEqual({
      ok: false,
      reason: 'wrong',
      failures: 3,
      waitUntil: now + 30_000,
    });

    // A reload: a new connection to the same database still knows the wait.
    db.close();
    db = new PintuDb(name);
    now += 29_000;
    expect(await unlockWithPin('482915', db, clock)).toMatchObject({ ok: false, reason: 'wait' });
    expect((await readAttempts(db)).failures).toBe(3); // the refused try is not counted

    now += 1_000;
    expect(await unlockWithPin('999990', db, clock)).toEqual({
      ok: false,
      reason: 'wrong',
      failures: 4,
      waitUntil: now + 60_000,
    });
    now += 60_000;
    expect(await unlockWithPin('482915', db, clock)).toEqual({ ok: true });
  });

  it('says signed out when the phone has no sign-in', async () => {
    expect(await unlockWithPin('482915', db)).toEqual({ ok: false, reason: 'signed-out' });
  });
});
