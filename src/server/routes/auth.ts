import type { MeResponse } from '@shared/auth/api';
import type { FastifyInstance } from 'fastify';
import { forgetDevice, tooManyAttempts } from '../auth/authenticate';
import { enroll } from '../auth/enroll';
import { sessionOf } from '../auth/hook';
import { FailureLimits, addressKey, counter, type RateCounts } from '../auth/rate-limit';
import { normalizeCode } from '../auth/secrets';
import { revokeDeviceToken } from '../auth/users-data';
import { enrollSchema, parse } from '../auth/validation';
import type { Database } from '../db/database';
import { ApiError } from '../errors';

/** Account requests are small; anything bigger is refused before it is read. */
export const AUTH_BODY_LIMIT = 4 * 1024;

export type EnrollLimits = { max: number; windowMs: number };
/** Failed enrollments allowed per address and per code in a window, and all attempts per address. */
export const ENROLL_LIMITS: EnrollLimits = { max: 10, windowMs: 15 * 60_000 };
// A kelurahan hall of volunteers enrolling behind one address: 300 in 15 minutes. Each costs a
// scrypt only when its code is good (enroll.ts checks the code first).
const ATTEMPTS_PER_FAILURE = 30;

/**
 * POST /api/auth/enroll (open), GET /api/auth/me, POST /api/auth/sign-out. Enrollment is slowed
 * per address and per code: after 10 refused codes in 15 minutes the next attempts get 429
 * `too-many-attempts` with Retry-After, whether or not the code is right. Once everyone
 * together has had 1000 codes refused, an address that has had 3 refused waits too; phones
 * that have not guessed wrong go on (FailureLimits).
 */
export function authRoutes(
  app: FastifyInstance,
  db: Database,
  counts: RateCounts,
  limits = ENROLL_LIMITS,
): void {
  const { max, windowMs } = limits;
  const failures = new FailureLimits(
    counts,
    { scope: 'code-address', max, windowMs },
    // Bounds guessing to ~100,000 codes a day over a space of 25^8, plus 3 per new address.
    { scope: 'code-everyone', max: max * 100, windowMs },
  );
  const perCode = { scope: 'code', max, windowMs };
  const attempts = { scope: 'enroll-address', max: max * ATTEMPTS_PER_FAILURE, windowMs };

  app.post('/api/auth/enroll', { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    const address = addressKey(request.ip);
    const code = normalizeCode(String((request.body as { code?: unknown })?.code ?? ''));
    // One statement: this attempt counted, the failures of the address, everyone and the code read.
    const seen = await counts.count(
      [counter(attempts, address)],
      [...failures.reads(address), counter(perCode, code)],
    );
    const [attempt] = seen.hits;
    const wait = Math.max(
      failures.waitFrom(seen.reads),
      counts.waitOf(perCode, seen.reads[2]!),
      // The count includes this attempt: it may go on while the count before it was below max.
      counts.waitOf(attempts, { ...attempt!, count: attempt!.count - 1 }),
    );
    if (wait > 0) throw tooManyAttempts(wait);
    try {
      return await enroll(db, parse(enrollSchema, request.body));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid-code') {
        await failures.fail(address, [counter(perCode, code)]);
      }
      throw error;
    }
  });

  app.get('/api/auth/me', async (request): Promise<MeResponse> => {
    const { user, deviceId } = sessionOf(request);
    return { user, deviceId };
  });

  app.post('/api/auth/sign-out', async (request, reply) => {
    const { deviceId } = sessionOf(request);
    await revokeDeviceToken(db, deviceId);
    forgetDevice(deviceId);
    return reply.status(204).send();
  });
}
