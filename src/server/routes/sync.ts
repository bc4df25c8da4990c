import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { isKelurahanCode, MAX_RT, MAX_RW } from '@shared/wilayah/wilayah';
import { UUID_PATTERN } from '@shared/ids';
import { encodeColumns } from '@shared/sync/column-page';
import {
  PULL_DEFAULT_LIMIT,
  PULL_ENCODING_COLUMNS,
  PULL_MAX_LIMIT,
  SCHEMA_VERSION,
} from '@shared/sync/protocol';
import { pushRequestSchema } from '@shared/sync/protocol-schema';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/hook';
import type { CoverageWorker } from '../coverage/worker';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { push } from '../sync/push';
import { pull } from '../sync/pull';
import type { Actor } from '../sync/actor';

/** A full batch of 1000 mutations with long notes stays well below this. */
export const PUSH_BODY_LIMIT = 4 * 1024 * 1024;

const pullQuerySchema = z
  .object({
    deviceId: z.string().regex(UUID_PATTERN, { error: 'deviceId harus UUID.' }),
    schemaVersion: z.coerce.number().int(),
    cursor: z.string().max(1000).optional(),
    limit: z.coerce.number().int().min(1).max(PULL_MAX_LIMIT).default(PULL_DEFAULT_LIMIT),
    kelurahan: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }).optional(),
    rw: z.coerce.number().int().min(1).max(MAX_RW).optional(),
    rt: z.coerce.number().int().min(1).max(MAX_RT).optional(),
    encoding: z.enum([PULL_ENCODING_COLUMNS], { error: 'encoding tidak dikenal.' }).optional(),
  })
  .refine((q) => q.rt === undefined || q.rw !== undefined, {
    error: 'RT hanya bisa diminta bersama RW.',
    path: ['rt'],
  });

/** POST /api/sync/push and GET /api/sync/pull. Thin: check the input, resolve the actor, call sync/. */
export function syncRoutes(
  app: FastifyInstance,
  db: Database,
  coverage: CoverageWorker,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): void {
  app.post('/api/sync/push', { bodyLimit: PUSH_BODY_LIMIT }, async (request) => {
    checkVersion((request.body as { schemaVersion?: unknown } | null)?.schemaVersion);
    const body = parse(pushRequestSchema, request.body);
    const answer = await push(db, resolveActor(request, body.deviceId), body);
    // The push queued the households it changed; the aggregates follow after the answer.
    if (answer.results.some((r) => r.status === 'applied')) void coverage.recomputeSoon();
    return answer;
  });

  app.get('/api/sync/pull', async (request) => {
    checkVersion(Number((request.query as { schemaVersion?: string }).schemaVersion));
    const q = parse(pullQuerySchema, request.query);
    // Names nothing: the user's whole area; otherwise narrows it (sync/actor.ts pullArea).
    const scope = {
      ...(q.kelurahan !== undefined ? { kelurahanCode: q.kelurahan } : {}),
      ...(q.rw !== undefined ? { rw: q.rw } : {}),
      ...(q.rt !== undefined ? { rt: q.rt } : {}),
    };
    const { cursor, limit, schemaVersion } = q;
    const page = await pull(db, resolveActor(request, q.deviceId), {
      scope,
      cursor,
      limit,
      schemaVersion,
    });
    if (q.encoding !== PULL_ENCODING_COLUMNS) return { ...page, target: config.herdImmunityTarget };
    // The records in columns, for apps that ask (docs/sync-protocol.md); the rest as it is.
    const { changes, ...rest } = page;
    return { ...rest, columns: encodeColumns(changes), target: config.herdImmunityTarget };
  });
}

/**
 * Who is asking: the signed-in device and user (the token was checked by requireSignIn). The
 * body or query names the device too; a token of one device may not speak for another.
 */
function resolveActor(request: FastifyRequest, deviceId: string): Actor {
  const session = sessionOf(request);
  if (session.deviceId !== deviceId) {
    throw new ApiError(
      401,
      'unauthenticated',
      'Tanda masuk ini milik perangkat lain. Daftar lagi dengan kode undangan di perangkat ini.',
    );
  }
  const { id, name, role, area } = session.user;
  return { deviceId, user: { id, name, role, area } };
}

/** The current schema version and the one before are served; an older app must update. */
function checkVersion(version: unknown): void {
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new ApiError(400, 'bad-request', 'schemaVersion wajib diisi (bilangan bulat).');
  }
  if (version < SCHEMA_VERSION - 1) {
    throw new ApiError(
      426,
      'upgrade-required',
      'Versi aplikasi terlalu lama. Muat ulang aplikasi untuk memperbarui, lalu coba lagi.',
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new ApiError(
      400,
      'unsupported-version',
      `Server belum mengenal versi data ${version} (paling baru ${SCHEMA_VERSION}).`,
    );
  }
}

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`);
  throw new ApiError(400, 'bad-request', `Permintaan tidak sah. ${issues[0]}`, issues);
}
