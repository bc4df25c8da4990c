import { createHash } from 'node:crypto';
import { compactPoints, pointDetails } from '@shared/coverage/map-points';
import { isValidIsoDate } from '@shared/dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { isKelurahanCode, MAX_RW } from '@shared/wilayah/wilayah';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import {
  cityCoverage,
  kelurahanCoverage,
  kelurahanHouseholds,
  rwCoverage,
} from '../coverage/answers';
import type { CoverageWorker } from '../coverage/worker';
import { jakartaToday } from '../coverage/today';
import { checkView, viewerOf } from '../coverage/viewer';
import { logRead } from './access-log';

const kelurahanParams = z.object({
  code: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }),
});
const rwParams = kelurahanParams.extend({
  rw: z.coerce.number().int().min(1).max(MAX_RW, { error: 'RW tidak valid.' }),
});

/** The household map whole (the default), or one of its two parts (shared/coverage/map-points). */
const partQuery = z.object({ part: z.enum(['points', 'details']).optional() });

const dateQuery = z.object({
  date: z
    .string()
    .refine(isValidIsoDate, { error: 'Tanggal ditulis seperti 2026-11-20.' })
    .optional(),
});

/**
 * `?date=YYYY-MM-DD`: coverage as of that day by the dates of vaccination; a day after today
 * or before the programme has no figures.
 */
function parseDate(query: unknown, config: ProgrammeConfig): { date?: string } {
  const { date } = parseParams(dateQuery, query);
  if (date === undefined) return {};
  if (date > jakartaToday()) {
    throw new ApiError(400, 'bad-request', `Tanggal ${date} belum tiba.`);
  }
  if (date < config.programmeStart) {
    throw new ApiError(
      400,
      'bad-request',
      `Tanggal ${date} sebelum program vaksinasi dimulai (${config.programmeStart}).`,
    );
  }
  return { date };
}

/**
 * GET /api/coverage/…: the dashboards' figures, read from the aggregates (never cached:
 * the screens keep their own copy for offline viewing). Each first waits for the coverage
 * worker to recompute what pushes queued, so an answer includes every push made before it.
 */
export function coverageRoutes(
  app: FastifyInstance,
  db: Database,
  coverage: CoverageWorker,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): void {
  app.get('/api/coverage/city', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    checkView(viewerOf(request), {});
    const date = parseDate(request.query, config);
    await coverage.settled();
    return cityCoverage(db, { config, ...date });
  });

  app.get('/api/coverage/kelurahan/:code', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const { code } = parseParams(kelurahanParams, request.params);
    checkView(viewerOf(request), { kelurahanCode: code });
    const date = parseDate(request.query, config);
    await coverage.settled();
    return kelurahanCoverage(db, code, { config, ...date });
  });

  app.get('/api/coverage/kelurahan/:code/rw/:rw', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const { code, rw } = parseParams(rwParams, request.params);
    checkView(viewerOf(request), { kelurahanCode: code, rw });
    const date = parseDate(request.query, config);
    await coverage.settled();
    return rwCoverage(db, code, rw, { config, ...date });
  });

  // The household map of a kelurahan (admin kota, its lurah and staf) or of one RW (also its
  // ketua RW): the same points, only the RW's.
  app.get('/api/coverage/kelurahan/:code/households', async (request, reply) => {
    const { code } = parseParams(kelurahanParams, request.params);
    return householdMap(request, reply, { kelurahanCode: code });
  });

  app.get('/api/coverage/kelurahan/:code/rw/:rw/households', async (request, reply) => {
    const { code, rw } = parseParams(rwParams, request.params);
    return householdMap(request, reply, { kelurahanCode: code, rw });
  });

  async function householdMap(
    request: FastifyRequest,
    reply: FastifyReply,
    scope: { kelurahanCode: string; rw?: number },
  ) {
    reply.header('cache-control', 'no-store');
    checkView(viewerOf(request), scope);
    await coverage.settled();
    const { part } = parseParams(partQuery, request.query);
    const answer = await kelurahanHouseholds(db, scope.kelurahanCode, { config, rw: scope.rw });
    await logRead(db, request, 'household-map', scope, {
      households: answer.households.length,
    });
    if (part === undefined) return answer;
    const key = listKey(answer.households);
    return part === 'points'
      ? compactPoints(answer, answer.households, key)
      : pointDetails(answer.households, key);
  }
}

/** A digest of the houses' ids in order: the two parts of one list carry the same. */
function listKey(households: readonly { id: string }[]): string {
  const hash = createHash('sha256');
  for (const h of households) hash.update(h.id);
  return hash.digest('base64url').slice(0, 16);
}

export function parseParams<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`);
  throw new ApiError(400, 'bad-request', `Permintaan tidak sah. ${issues[0]}`, issues);
}
