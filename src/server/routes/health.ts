import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database';

/** GET /healthz: 200 when the server answers and its database does too, else 503. */
export function healthRoutes(app: FastifyInstance, db: Database): void {
  app.get('/healthz', async (request, reply) => {
    try {
      await db.query('SELECT 1');
      return { status: 'ok', database: db.kind };
    } catch (error) {
      request.log.error({ err: error }, 'health check: database unavailable');
      return reply
        .status(503)
        .send({ error: 'unavailable', message: 'Basis data tidak tersedia.' });
    }
  });
}
