import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { authenticate, type Session } from './authenticate';
import { FailureLimits, addressKey, type RateCounts } from './rate-limit';
import { isApiRequest } from './security-headers';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in device and user; set on every /api route but the open ones. */
    session: Session | null;
  }
}

/** The API routes anyone may call: enrollment makes the token the others need. */
const OPEN_ROUTES = new Set(['/api/auth/enroll']);

/**
 * Every /api request but enrollment must carry a device token; the hook resolves it before
 * the handler runs (and before the body is read, so a refused push costs nothing).
 */
export function requireSignIn(app: FastifyInstance, db: Database, counts: RateCounts): void {
  // Wrong secrets for real devices: 30 per address in 15 minutes, or 3 once everyone together
  // has sent 300; then 429 for secrets not verified before, until the window ends (verified
  // devices go on).
  const limits = new FailureLimits(
    counts,
    { scope: 'secret-address', max: 30, windowMs: 15 * 60_000 },
    { scope: 'secret-everyone', max: 300, windowMs: 15 * 60_000 },
  );
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // The matched route, not the raw path: the router decodes `/%61pi/…` to `/api/…`.
    if (!isApiRequest(request) || OPEN_ROUTES.has(request.routeOptions.url ?? '')) return;
    request.session = await authenticate(db, request.headers.authorization, {
      key: addressKey(request.ip),
      limits,
    });
  });
}

/** The session of a request behind requireSignIn (a route that forgot it is a bug). */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw new ApiError(401, 'unauthenticated', 'Belum masuk.');
  return request.session;
}
