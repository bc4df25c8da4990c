import { createHash, timingSafeEqual } from 'node:crypto';
import type { User } from '@shared/auth/api';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import type { FailureLimits } from './rate-limit';
import { parseBearer, verifySecret, type ScryptParams } from './secrets';
import { findDeviceToken, touchDeviceToken, userOf } from './users-data';

/** The signed-in device behind a request. */
export type Session = { deviceId: string; user: User };

export const REVOKED_MESSAGE =
  'Akses perangkat ini telah dicabut. Hubungi lurah atau staf kelurahan Anda untuk mendaftar lagi.';

export function unauthenticated(
  message = 'Perangkat ini belum terdaftar. Daftar dengan kode undangan.',
) {
  return new ApiError(401, 'unauthenticated', message);
}

export function tooManyAttempts(seconds: number): ApiError {
  return new ApiError(
    429,
    'too-many-attempts',
    `Terlalu banyak percobaan. Coba lagi dalam ${Math.ceil(seconds / 60)} menit.`,
    undefined,
    seconds,
  );
}

export function revoked() {
  return new ApiError(401, 'revoked', REVOKED_MESSAGE);
}

/**
 * Secrets already checked against a stored hash, so a busy device pays scrypt once, not on
 * every pull page: device id → sha256 of the secret and of the stored hash it matched. The
 * cache holds only that, never the token's or user's state: the token row and its user are
 * read on every request (one indexed lookup, which the request needs anyway for the user's
 * role and area), so a revocation, sign-out, role or area change made by any server process
 * takes effect on the next request in every process, with nothing to invalidate (simpler and
 * safer than LISTEN/NOTIFY, which loses notices while a connection is down). A new stored
 * hash (the device enrolled again) misses the cache.
 */
const CACHE_TTL_MS = 10 * 60_000;
const CACHE_MAX = 20_000;
const verified = new Map<string, { key: Buffer; until: number }>();

function cacheKey(secret: string, storedHash: Uint8Array): Buffer {
  return createHash('sha256').update(secret).update(':').update(storedHash).digest();
}

/** Forgets a device's verified secret (on revocation and sign-out). */
export function forgetDevice(deviceId: string): void {
  verified.delete(deviceId);
}

/**
 * Whether the secret matches the stored hash: from the cache, or by scrypt, which `guard`
 * may refuse first (429) when the address has guessed wrong too often (see FailureLimits).
 */
async function secretMatches(
  deviceId: string,
  secret: string,
  row: { secret_hash: Uint8Array; salt: Uint8Array; params: ScryptParams | string },
  guard: GuessGuard | undefined,
): Promise<boolean> {
  const key = cacheKey(secret, row.secret_hash);
  const hit = verified.get(deviceId);
  if (hit && hit.until > Date.now() && timingSafeEqual(hit.key, key)) return true;
  const wait = guard ? await guard.limits.wait(guard.key) : 0;
  if (wait > 0) throw tooManyAttempts(wait);
  const params =
    typeof row.params === 'string' ? (JSON.parse(row.params) as ScryptParams) : row.params;
  const ok = await verifySecret(secret, {
    hash: Buffer.from(row.secret_hash),
    salt: Buffer.from(row.salt),
    params,
  });
  if (!ok) {
    await guard?.limits.fail(guard.key);
    return false;
  }
  if (verified.size >= CACHE_MAX) verified.delete(verified.keys().next().value!);
  verified.delete(deviceId);
  verified.set(deviceId, { key, until: Date.now() + CACHE_TTL_MS });
  return true;
}

/**
 * Slows down guessing: wrong secrets for real devices (each costs a scrypt), counted per
 * client address (`key`, see addressKey) and for everyone together.
 */
export type GuessGuard = { key: string; limits: FailureLimits };

/**
 * `Authorization: Bearer <deviceId>.<secret>` → the device and its user. Throws 401
 * `unauthenticated` (no token, or one the server never issued), 401 `revoked`, or 429
 * `too-many-attempts` after too many wrong secrets from one address.
 */
export async function authenticate(
  db: Database,
  header: string | undefined,
  guard?: GuessGuard,
): Promise<Session> {
  const parsed = parseBearer(header);
  if (!parsed) throw unauthenticated();
  const row = await findDeviceToken(db, parsed.deviceId);
  const unknown = () =>
    unauthenticated('Tanda masuk perangkat tidak dikenal. Daftar lagi dengan kode undangan.');
  if (!row) throw unknown();
  if (!(await secretMatches(parsed.deviceId, parsed.secret, row, guard))) throw unknown();
  if (row.token_revoked || row.status === 'revoked') {
    forgetDevice(parsed.deviceId);
    throw revoked();
  }
  if (!row.seen_recently) await touchDeviceToken(db, parsed.deviceId);
  return { deviceId: parsed.deviceId, user: userOf(row) };
}
