import { isKelurahanCode, MAX_RT, MAX_RW } from '@shared/wilayah/wilayah';
import { RECONCILIATION_KINDS, type ReconciliationList } from '@shared/reconciliation/api';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { narrowList, reconciliationList } from '../coverage/reconciliation';
import { checkView, viewerOf } from '../coverage/viewer';
import type { Database } from '../db/database';
import { tableCsv } from '../reports/csv';
import {
  RECONCILIATION_COLUMNS,
  reconciliationFileName,
  reconciliationLines,
} from '../reports/reconciliation';
import { tableXlsx } from '../reports/xlsx';
import { logRead } from './access-log';
import { parseParams } from './coverage';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DEFAULT_LIMIT = 300;
const MAX_LIMIT = 2000;

const areaNumber = (label: string, max: number) =>
  z.coerce
    .number({ error: `${label} harus angka.` })
    .int()
    .min(1, { error: `${label} tidak valid.` })
    .max(max, { error: `${label} tidak valid.` })
    .optional();

const reconciliationRequest = z
  .object({
    code: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }),
    rw: areaNumber('RW', MAX_RW),
    rt: areaNumber('RT', MAX_RT),
    format: z
      .enum(['json', 'csv', 'xlsx'], { error: 'Format: json, csv atau xlsx.' })
      .default('json'),
    kind: z
      .enum(RECONCILIATION_KINDS, { error: 'Jenis: semua, ucapan atau tidak-cocok.' })
      .default('semua'),
    /** Residents in a JSON answer at most; the files hold every one. */
    limit: z.coerce
      .number({ error: 'Batas harus angka.' })
      .int()
      .min(1, { error: 'Batas tidak valid.' })
      .max(MAX_LIMIT, { error: `Batas paling banyak ${MAX_LIMIT}.` })
      .default(DEFAULT_LIMIT),
  })
  .refine((q) => q.rt === undefined || q.rw !== undefined, {
    error: 'RT dipilih bersama RW-nya.',
    path: ['rt'],
  });

/** The roles whose export holds the whole NIK: the kelurahan that reconciles with the puskesmas. */
const WHOLE_NIK_IN_EXPORT = new Set(['lurah', 'staf-kelurahan']);

/**
 * GET /api/reconciliation/kelurahan/:code[?rw=&rt=&kind=&limit=&format=json|csv|xlsx]: the
 * residents whose doses are stated only or whose certificate QR disagrees
 * (coverage/reconciliation.ts). Whom it serves is the dashboards' rule (coverage/viewer.ts):
 * lurah, staf and admin kota the kelurahan, a ketua RW only with `rw` their RW; a relawan none.
 * The JSON answer (the screen) holds at most `limit` residents, NIK masked; the CSV/XLSX export
 * for the puskesmas holds every one, the NIK whole for the lurah and staf (to find the resident
 * in PCare), masked for the others. Each served read is logged.
 */
export function reconciliationRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/reconciliation/kelurahan/:code', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const asked = parseParams(reconciliationRequest, {
      ...(request.query as object),
      ...(request.params as object),
    });
    const scope = { kelurahanCode: asked.code, ...(asked.rw ? { rw: asked.rw } : {}) };
    const viewer = viewerOf(request);
    checkView(viewer, scope);
    const wholeNik = asked.format !== 'json' && WHOLE_NIK_IN_EXPORT.has(viewer.role);
    const list = narrowList(
      await reconciliationList(
        db,
        { kelurahanCode: asked.code, rw: asked.rw ?? null, rt: asked.rt ?? null },
        wholeNik,
      ),
      asked.kind,
      asked.format === 'json' ? asked.limit : Number.MAX_SAFE_INTEGER,
    );
    await logRead(db, request, 'reconciliation-list', scope, {
      residents: list.residents.length,
      format: asked.format,
      ...(asked.kind !== 'semua' ? { kind: asked.kind } : {}),
      ...(asked.rt ? { rt: asked.rt } : {}),
      ...(wholeNik ? { nik: 'utuh' } : {}),
    });
    if (asked.format === 'json') return list satisfies ReconciliationList;
    const name = reconciliationFileName(list, asked.format);
    reply.header('content-disposition', `attachment; filename="${name}"`);
    const lines = reconciliationLines(list);
    if (asked.format === 'csv') {
      return reply.type('text/csv; charset=utf-8').send(tableCsv(RECONCILIATION_COLUMNS, lines));
    }
    const xlsx = tableXlsx('Rekonsiliasi', RECONCILIATION_COLUMNS, lines);
    return reply.type(XLSX_TYPE).send(Buffer.from(xlsx));
  });
}
