import type { AccessKind, AccessLogPage } from '@shared/auth/access-log';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/hook';
import { insertAccess, readAccessLog } from '../data/access-log';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { parseParams } from './coverage';

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional(),
});

/** GET /api/access-log: who read which personal data, newest first; for the admin kota only. */
export function accessLogRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/access-log', async (request): Promise<AccessLogPage> => {
    const { user } = sessionOf(request);
    if (user.role !== 'admin-kota') {
      throw new ApiError(403, 'forbidden', 'Log akses hanya dapat dibuka oleh admin kota.');
    }
    const { limit, before } = parseParams(pageQuery, request.query);
    const entries = await readAccessLog(db, { limit, before });
    return {
      entries,
      nextBefore: entries.length === limit ? entries[entries.length - 1]!.id : null,
    };
  });
}

/**
 * Leaves a trace of a read of personal data by the signed-in user, before the answer goes out:
 * a read the log cannot record is not served (500).
 */
export async function logRead(
  db: Database,
  request: FastifyRequest,
  what: AccessKind,
  area: { kelurahanCode: string | null; rw?: number | null },
  detail: Record<string, unknown> = {},
): Promise<void> {
  const { user, deviceId } = sessionOf(request);
  await insertAccess(db, {
    userId: user.id,
    deviceId,
    what,
    kelurahanCode: area.kelurahanCode,
    rw: area.rw ?? null,
    detail,
  });
}
