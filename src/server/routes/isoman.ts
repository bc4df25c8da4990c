import type { IsomanList } from '@shared/isoman/api';
import { isKelurahanCode, MAX_RW } from '@shared/wilayah/wilayah';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isomanList } from '../coverage/isoman-list';
import { jakartaToday } from '../coverage/today';
import { checkView, viewerOf } from '../coverage/viewer';
import type { Database } from '../db/database';
import { logRead } from './access-log';
import { parseParams } from './coverage';

const isomanRequest = z.object({
  code: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }),
  rw: z.coerce
    .number({ error: 'RW harus angka.' })
    .int()
    .min(1, { error: 'RW tidak valid.' })
    .max(MAX_RW, { error: 'RW tidak valid.' })
    .optional(),
});

/**
 * GET /api/isoman/kelurahan/:code[?rw=]: residents in active isoman with their day of
 * isolation and household, and the family clusters (coverage/isoman-list.ts). Whom it serves
 * is the dashboards' rule (coverage/viewer.ts): lurah, staf and admin kota the kelurahan, a
 * ketua RW only with `rw` their RW; names and addresses, so each served read is logged.
 */
export function isomanRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/isoman/kelurahan/:code', async (request, reply): Promise<IsomanList> => {
    reply.header('cache-control', 'no-store');
    const asked = parseParams(isomanRequest, {
      ...(request.query as object),
      ...(request.params as object),
    });
    const scope = { kelurahanCode: asked.code, ...(asked.rw ? { rw: asked.rw } : {}) };
    checkView(viewerOf(request), scope);
    const answer = await isomanList(
      db,
      { kelurahanCode: asked.code, rw: asked.rw ?? null },
      jakartaToday(),
    );
    await logRead(db, request, 'isoman-list', scope, { patients: answer.patients.length });
    return answer;
  });
}
