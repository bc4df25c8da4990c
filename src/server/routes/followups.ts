import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { areaWithin } from '@shared/auth/roles';
import { ENTITY_RULES } from '@shared/domain/entities';
import { FOLLOWUP_KINDS } from '@shared/domain/followup-status';
import { MAX_FOLLOWUPS_PER_REQUEST } from '@shared/followups/api';
import { UUID_PATTERN } from '@shared/ids';
import { isKelurahanCode, MAX_RT, MAX_RW } from '@shared/wilayah/wilayah';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/hook';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { cancelFollowup } from '../followups/cancel';
import { findCandidates } from '../followups/candidates';
import { createFollowups, wibTimestamp } from '../followups/create';
import { readRwRecords } from '../followups/read-area';
import { findAssignees } from '../followups/volunteers';
import type { Actor } from '../sync/actor';
import { logRead } from './access-log';

const uuid = z.string().regex(UUID_PATTERN, { error: 'ID tidak valid.' });

const candidatesQuery = z.object({
  kelurahan: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }),
  rw: z.coerce.number().int().min(1).max(MAX_RW),
  rt: z.coerce.number().int().min(1).max(MAX_RT).optional(),
});

const createBody = z.object({
  followups: z
    .array(
      z.object({
        id: uuid,
        kind: z.enum(FOLLOWUP_KINDS, { error: 'Jenis tindak lanjut tidak dikenal.' }),
        householdId: uuid,
        residentId: uuid.nullish(),
        assignedTo: uuid,
        note: z.string().max(500).nullish(),
        dueDate: z.string().nullish(),
      }),
    )
    .min(1, { error: 'Tidak ada tindak lanjut yang dikirim.' })
    .max(MAX_FOLLOWUPS_PER_REQUEST, {
      error: `Paling banyak ${MAX_FOLLOWUPS_PER_REQUEST} tindak lanjut sekali kirim.`,
    }),
});

/**
 * GET /api/followups/candidates, POST /api/followups, DELETE /api/followups/:id. Thin: check
 * the input and the caller's role and area, then followups/.
 */
export function followupRoutes(
  app: FastifyInstance,
  db: Database,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): void {
  app.get('/api/followups/candidates', async (request) => {
    const actor = staffActor(request);
    const q = parse(candidatesQuery, request.query);
    const asked = { kelurahanCode: q.kelurahan, rw: q.rw, rts: q.rt ? [q.rt] : [] };
    if (!areaWithin(actor.user!.area, asked)) {
      throw new ApiError(403, 'forbidden', 'Wilayah yang diminta di luar wilayah Anda.');
    }
    const area = { kelurahanCode: q.kelurahan, rw: q.rw, rt: q.rt };
    const [records, volunteers] = await Promise.all([
      readRwRecords(db, area),
      findAssignees(db, q.kelurahan, q.rw),
    ]);
    const at = wibTimestamp(Date.now());
    const answer = { ...findCandidates(area, records, at.slice(0, 10), at, config), volunteers };
    await logRead(
      db,
      request,
      'followup-candidates',
      { kelurahanCode: q.kelurahan, rw: q.rw },
      {
        ...(q.rt ? { rt: q.rt } : {}),
        residents: answer.residents.length,
      },
    );
    return answer;
  });

  app.post('/api/followups', { bodyLimit: 512 * 1024 }, async (request) => {
    const body = parse(createBody, request.body);
    return createFollowups(db, staffActor(request), body.followups);
  });

  app.delete('/api/followups/:id', async (request, reply) => {
    const id = parse(uuid, (request.params as { id: string }).id);
    await cancelFollowup(db, staffActor(request), id);
    return reply.code(204).send();
  });
}

/** The caller, who must be of a role that hands out follow-ups. */
function staffActor(request: FastifyRequest): Actor {
  const { deviceId, user } = sessionOf(request);
  if (!ENTITY_RULES.followup.writableBy!.has(user.role)) {
    throw new ApiError(
      403,
      'forbidden',
      'Tindak lanjut hanya dapat diatur oleh lurah, staf kelurahan, ketua RW, atau admin kota.',
    );
  }
  const { id, name, role, area } = user;
  return { deviceId, user: { id, name, role, area } };
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`);
  throw new ApiError(400, 'bad-request', `Permintaan tidak sah. ${issues[0]}`, issues);
}
