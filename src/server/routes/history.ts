import { UUID_PATTERN } from '@shared/ids';
import type { AuditEntry } from '@shared/auth/api';
import type { ChangeLogPage } from '@shared/changes/api';
import { isKelurahanCode, MAX_RW } from '@shared/wilayah/wilayah';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/hook';
import { checkView, viewerOf } from '../coverage/viewer';
import { householdPlace, readHistory } from '../data/audit';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { changeLogPage } from '../history/change-log';
import { refuseHistory, type Actor } from '../sync/actor';
import { logRead } from './access-log';
import { parseParams } from './coverage';

const changeLogRequest = z.object({
  code: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }),
  rw: z.coerce
    .number({ error: 'RW harus angka.' })
    .int()
    .min(1, { error: 'RW tidak valid.' })
    .max(MAX_RW, { error: 'RW tidak valid.' })
    .optional(),
  user: z.string().regex(UUID_PATTERN, { error: 'ID orang harus UUID.' }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

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

  /**
   * GET /api/changes/kelurahan/:code[?rw=][&user=][&cursor=][&limit=]: the kelurahan's change
   * log (history/change-log.ts). Whom it serves is the dashboards' rule (coverage/viewer.ts):
   * lurah, staf and admin kota the kelurahan, a ketua RW only with `rw` their RW.
   */
  app.get('/api/changes/kelurahan/:code', async (request, reply): Promise<ChangeLogPage> => {
    reply.header('cache-control', 'no-store');
    const asked = parseParams(changeLogRequest, {
      ...(request.query as object),
      ...(request.params as object),
    });
    const scope = { kelurahanCode: asked.code, ...(asked.rw ? { rw: asked.rw } : {}) };
    checkView(viewerOf(request), scope);
    const filter = { kelurahanCode: asked.code, rw: asked.rw ?? null, userId: asked.user ?? null };
    const page = await changeLogPage(db, filter, asked.cursor, asked.limit);
    await logRead(db, request, 'change-log', scope, {
      entries: page.entries.length,
      ...(asked.user ? { user: asked.user } : {}),
    });
    return page;
  });
}
