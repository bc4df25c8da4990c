import type { MeResponse } from '@shared/auth/api';
import type { FastifyInstance } from 'fastify';
import { forgetDevice, tooManyAttempts } from '../auth/authenticate';
import { enroll } from '../auth/enroll';
import { sessionOf } from '../auth/hook';
import { FailureLimits, RateLimiter, addressKey } from '../auth/rate-limit';
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
export function authRoutes(app: FastifyInstance, db: Database, limits = ENROLL_LIMITS): void {
  const failures = new FailureLimits(
    new RateLimiter(limits.max, limits.windowMs),
    // Bounds guessing to ~100,000 codes a day over a space of 25^8, plus 3 per new address.
    new RateLimiter(limits.max * 100, limits.windowMs),
  );
  const perCode = new RateLimiter(limits.max, limits.windowMs);
  const attempts = new RateLimiter(limits.max * ATTEMPTS_PER_FAILURE, limits.windowMs);

  app.post('/api/auth/enroll', { bodyLimit: AUTH_BODY_LIMIT }, async (request) => {
    const address = addressKey(request.ip);
    const code = normalizeCode(String((request.body as { code?: unknown })?.code ?? ''));
    const wait = Math.max(failures.wait(address), perCode.wait(code), attempts.wait(address));
    if (wait > 0) throw tooManyAttempts(wait);
    attempts.hit(address);
    try {
      return await enroll(db, parse(enrollSchema, request.body));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid-code') {
        failures.fail(address);
        perCode.hit(code);
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
