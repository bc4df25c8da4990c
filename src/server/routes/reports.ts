import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { isKelurahanCode } from '@shared/wilayah/wilayah';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { reportKelurahan, viewerOf } from '../coverage/viewer';
import { jakartaToday } from '../coverage/today';
import type { CoverageWorker } from '../coverage/worker';
import { reportFileName } from '../reports/columns';
import { weeklyReportCsv } from '../reports/csv';
import { isoWeekDays, refuseReportWeek, WEEK_PATTERN } from '../reports/week';
import { weeklyReport } from '../reports/weekly';
import { weeklyReportXlsx } from '../reports/xlsx';
import { logRead } from './access-log';
import { parseParams } from './coverage';

const weeklyQuery = z.object({
  week: z.string().regex(WEEK_PATTERN, { error: 'Minggu ditulis seperti 2026-W47.' }),
  format: z
    .enum(['json', 'csv', 'xlsx'], { error: 'Format: json, csv atau xlsx.' })
    .default('json'),
  kelurahan: z.string().refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }).optional(),
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/reports/weekly: the weekly report for the Sekda as JSON, CSV or XLSX. */
export function reportRoutes(
  app: FastifyInstance,
  db: Database,
  coverage: CoverageWorker,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): void {
  app.get('/api/reports/weekly', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const q = parseParams(weeklyQuery, request.query);
    const days = isoWeekDays(q.week);
    if (!days) throw new ApiError(400, 'bad-request', `Minggu ${q.week} tidak ada.`);
    const outside = refuseReportWeek(q.week, config.programmeStart, jakartaToday());
    if (outside) throw new ApiError(400, 'bad-request', outside);
    const kelurahan = reportKelurahan(viewerOf(request), q.kelurahan);
    await coverage.settled();
    const report = await weeklyReport(db, { week: q.week, ...days }, kelurahan, { config });
    await logRead(
      db,
      request,
      'weekly-report',
      { kelurahanCode: kelurahan ?? null },
      {
        week: q.week,
        format: q.format,
      },
    );
    if (q.format === 'json') return report;
    const name = reportFileName(q.week, kelurahan, q.format);
    reply.header('content-disposition', `attachment; filename="${name}"`);
    if (q.format === 'csv') {
      return reply.type('text/csv; charset=utf-8').send(weeklyReportCsv(report));
    }
    return reply.type(XLSX_TYPE).send(Buffer.from(weeklyReportXlsx(report)));
  });
}
