import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { authenticate, type Session } from './authenticate';
import { RateLimiter } from './rate-limit';

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
export function requireSignIn(app: FastifyInstance, db: Database): void {
  // Wrong secrets for real devices: 30 per address, 300 from everyone, in 15 minutes; then
  // 429 for secrets not verified before, until the window ends (verified devices go on).
  const perAddress = new RateLimiter(30, 15 * 60_000);
  const everyone = new RateLimiter(300, 15 * 60_000);
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    // The route matched, not the raw URL: the router decodes the path (`/%61pi/users` reaches
    // `/api/users`), so a check on the raw URL could be stepped around.
    const path = request.routeOptions.url ?? request.url.split('?')[0]!;
    if (!path.startsWith('/api/') || OPEN_ROUTES.has(path)) return;
    request.session = await authenticate(db, request.headers.authorization, {
      key: request.ip,
      perAddress,
      everyone,
    });
  });
}

/** The session of a request behind requireSignIn (a route that forgot it is a bug). */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw new ApiError(401, 'unauthenticated', 'Belum masuk.');
  return request.session;
}
