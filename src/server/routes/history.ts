import { UUID_PATTERN } from '@shared/ids';
import type { AuditEntry } from '@shared/auth/api';
import type { FastifyInstance } from 'fastify';
import { sessionOf } from '../auth/hook';
import { householdPlace, readHistory } from '../data/audit';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { refuseHistory, type Actor } from '../sync/actor';
import { logRead } from './access-log';

/**
 * GET /api/households/:id/history: every applied change of a household and of the records
 * under it, newest first (AuditEntry[]). For lurah, staf kelurahan and admin kota, and a
 * ketua RW in their RW, within their area (sync/actor.ts refuseHistory).
 */
export function historyRoutes(app: FastifyInstance, db: Database): void {
  app.get<{ Params: { id: string } }>(
    '/api/households/:id/history',
    async (request): Promise<AuditEntry[]> => {
      const { id } = request.params;
      if (!UUID_PATTERN.test(id)) {
        throw new ApiError(400, 'bad-request', 'ID rumah tangga harus UUID.');
      }
      const session = sessionOf(request);
      const actor: Actor = {
        deviceId: session.deviceId,
        user: {
          id: session.user.id,
          name: session.user.name,
          role: session.user.role,
          area: session.user.area,
        },
      };
      const place = await householdPlace(db, id);
      if (!place) throw new ApiError(404, 'not-found', 'Rumah tangga tidak ditemukan.');
      const refused = refuseHistory(actor, place);
      if (refused) throw new ApiError(403, 'forbidden', refused);
      const history = await readHistory(db, id);
      await logRead(db, request, 'household-history', place, { householdId: id });
      return history;
    },
  );
}
