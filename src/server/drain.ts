import type { FastifyInstance } from 'fastify';
import { ApiError } from './errors';

/** Seconds a client waits before it tries again: another process (or this one, restarted) answers by then. */
const RETRY_AFTER_SECONDS = 1;

/**
 * While the server stops (SIGTERM, `app.close()`), requests already running finish, but a new
 * request on a kept-alive connection is answered 503 with `Retry-After` and
 * `Connection: close`: the client (or the proxy) sends it again on a new connection, which the
 * cluster or the proxy gives to a process still serving. Idle keep-alive sockets are closed
 * at once (`forceCloseConnections: 'idle'` in app.ts).
 */
export function refuseWhileClosing(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    void reply.header('connection', 'close');
    throw new ApiError(
      503,
      'restarting',
      'Server sedang dimulai ulang. Dicoba lagi sebentar lagi.',
      undefined,
      RETRY_AFTER_SECONDS,
    );
  });
}
