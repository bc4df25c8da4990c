import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import type { ReportSnapshot, SubmissionList } from '@shared/reports/api';
import { isKelurahanCode } from '@shared/wilayah/wilayah';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionOf } from '../auth/hook';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { checkView, reportKelurahan, viewerOf } from '../coverage/viewer';
import { jakartaToday } from '../coverage/today';
import type { CoverageWorker } from '../coverage/worker';
import { reportFileName } from '../reports/columns';
import { weeklyReportCsv } from '../reports/csv';
import { reportSnapshot, sendReport, sentRollup, submissionList } from '../reports/submissions';
import { isoWeekDays, refuseReportWeek, WEEK_PATTERN } from '../reports/week';
import { weeklyReportXlsx } from '../reports/xlsx';
import { logRead } from './access-log';
import { parseParams } from './coverage';

const week = z.string().regex(WEEK_PATTERN, { error: 'Minggu ditulis seperti 2026-W47.' });
const kelurahan = z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' });

const sendBody = z.object({
  week,
  kelurahan: kelurahan.optional(),
  baseVersion: z.number().int().min(0),
});
const listQuery = z.object({ week, kelurahan: kelurahan.optional() });
const sentQuery = listQuery.extend({
  format: z
    .enum(['json', 'csv', 'xlsx'], { error: 'Format: json, csv atau xlsx.' })
    .default('json'),
});
const snapshotParams = z.object({
  code: kelurahan,
  week,
  version: z.coerce.number().int().min(1).max(10_000),
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Sending the weekly report (docs/api.md, "Sending the weekly report"): the lurah or staf sends
 * their kelurahan's week as an unchangeable version; the admin kota sees who sent, opens each
 * version and downloads the roll-up of what was sent. Read like every report: lurah and staf
 * their own kelurahan, the admin kota every kelurahan, nobody else.
 */
export function reportSubmissionRoutes(
  app: FastifyInstance,
  db: Database,
  coverage: CoverageWorker,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): void {
  const checkWeek = (asked: string) => {
    if (!isoWeekDays(asked)) throw new ApiError(400, 'bad-request', `Minggu ${asked} tidak ada.`);
    const outside = refuseReportWeek(asked, config.programmeStart, jakartaToday());
    if (outside) throw new ApiError(400, 'bad-request', outside);
  };

  app.post('/api/reports/submissions', async (request, reply): Promise<ReportSnapshot> => {
    const { user, deviceId } = sessionOf(request);
    if ((user.role !== 'lurah' && user.role !== 'staf-kelurahan') || user.area.rw !== null) {
      throw new ApiError(
        403,
        'forbidden',
        'Laporan mingguan dikirim oleh lurah atau staf kelurahan dari kelurahannya.',
      );
    }
    const body = parseParams(sendBody, request.body);
    const own = user.area.kelurahanCode!;
    if (body.kelurahan && body.kelurahan !== own) {
      throw new ApiError(403, 'forbidden', 'Anda hanya dapat mengirim laporan kelurahan Anda.');
    }
    checkWeek(body.week);
    await coverage.settled();
    const sender = { id: user.id, name: user.name, role: user.role, deviceId };
    const snapshot = await sendReport(db, sender, own, body.week, body.baseVersion, config);
    reply.code(201);
    return snapshot;
  });

  app.get('/api/reports/submissions', async (request, reply): Promise<SubmissionList> => {
    reply.header('cache-control', 'no-store');
    const q = parseParams(listQuery, request.query);
    checkWeek(q.week);
    const code = reportKelurahan(viewerOf(request), q.kelurahan);
    return submissionList(db, q.week, code);
  });

  app.get('/api/reports/submissions/:code/:week/:version', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const p = parseParams(snapshotParams, request.params);
    checkView(viewerOf(request), { kelurahanCode: p.code });
    const snapshot = await reportSnapshot(db, p.code, p.week, p.version);
    if (!snapshot) {
      throw new ApiError(404, 'not-found', `Laporan ${p.week} versi ${p.version} tidak ada.`);
    }
    await logRead(
      db,
      request,
      'weekly-report',
      { kelurahanCode: p.code },
      {
        week: p.week,
        version: p.version,
      },
    );
    return snapshot;
  });

  app.get('/api/reports/sent', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store');
    const q = parseParams(sentQuery, request.query);
    checkWeek(q.week);
    const code = reportKelurahan(viewerOf(request), q.kelurahan);
    const report = await sentRollup(db, q.week, code, config);
    await logRead(
      db,
      request,
      'weekly-report',
      { kelurahanCode: code ?? null },
      {
        week: q.week,
        format: q.format,
        sent: true,
      },
    );
    if (q.format === 'json') return report;
    const name = reportFileName(q.week, code, q.format).replace(
      'laporan-mingguan',
      'laporan-terkirim',
    );
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (q.format === 'csv') {
      return reply.type('text/csv; charset=utf-8').send(weeklyReportCsv(report));
    }
    return reply.type(XLSX_TYPE).send(Buffer.from(weeklyReportXlsx(report)));
  });
}
