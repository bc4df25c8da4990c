import type { WeeklyReport } from '@shared/coverage/api';
import type { ProgrammeConfig } from '@shared/domain/config';
import type {
  KelurahanSubmission,
  ReportSnapshot,
  SentReport,
  SubmissionList,
  SubmissionVersion,
} from '@shared/reports/api';
import {
  reportDeadline,
  submissionStatus,
  SUBMISSION_STATUSES,
  type SubmissionStatus,
} from '@shared/reports/deadline';
import { diffReportRows } from '@shared/reports/diff';
import { findKelurahan, KELURAHAN } from '@shared/wilayah/wilayah';
import type { Database, Queryable } from '../db/database';
import {
  insertSubmission,
  latestSubmissions,
  latestVersion,
  readSubmission,
  weekVersions,
} from '../data/report-submissions';
import { ApiError } from '../errors';
import { isoWeekDays } from './week';
import { weeklyReport } from './weekly';

export type Sender = {
  id: string;
  name: string;
  role: 'lurah' | 'staf-kelurahan';
  deviceId: string;
};

/**
 * Sends a kelurahan's report of a week, as the next version:
 *
 *   1. The sender must have seen the latest version (`baseVersion`); else another send
 *      crossed theirs (409 `conflict`), and they review again.
 *   2. The figures are the weekly report's rows at this moment (weeklyReport, the same
 *      computation as GET /api/reports/weekly, so what was reviewed is what is sent).
 *   3. A correction identical to the version before is refused (409 `unchanged`).
 *   4. The version is stored; two sends racing for the same number collide on the primary
 *      key, and the loser gets 409 `conflict`.
 */
export async function sendReport(
  db: Database,
  sender: Sender,
  kelurahanCode: string,
  week: string,
  baseVersion: number,
  config: ProgrammeConfig,
): Promise<ReportSnapshot> {
  const days = isoWeekDays(week)!;
  try {
    const version = await db.transaction(async (tx) => {
      // 1.
      const latest = await latestVersion(tx, kelurahanCode, week);
      if (latest !== baseVersion) throw conflict(latest);
      // 2.
      const report = await weeklyReport(tx, { week, ...days }, kelurahanCode, { config });
      // 3.
      if (latest > 0) {
        const previous = await readSubmission(tx, kelurahanCode, week, latest);
        if (previous && diffReportRows(previous.report.rows, report.rows).length === 0) {
          throw new ApiError(
            409,
            'unchanged',
            `Angka laporan sama dengan versi ${latest} yang sudah terkirim; tidak ada yang perlu dikoreksi.`,
          );
        }
      }
      // 4.
      return insertSubmission(tx, {
        kelurahanCode,
        week,
        version: latest + 1,
        sentBy: { id: sender.id, name: sender.name, role: sender.role },
        deviceId: sender.deviceId,
        report,
      });
    });
    return (await reportSnapshot(db, kelurahanCode, week, version.version))!;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') throw conflict(baseVersion + 1);
    throw error;
  }
}

function conflict(latest: number): ApiError {
  return new ApiError(
    409,
    'conflict',
    `Laporan minggu ini sudah dikirim (versi ${latest}) dari perangkat lain. Muat ulang, periksa, lalu kirim lagi bila perlu.`,
  );
}

/** Every kelurahan's (or one's) state for a week: sent, sent late, not sent yet, or late. */
export async function submissionList(
  q: Queryable,
  week: string,
  kelurahanCode: string | undefined,
  now = new Date(),
): Promise<SubmissionList> {
  const days = isoWeekDays(week)!;
  const versions = await weekVersions(q, week, kelurahanCode);
  const places = kelurahanCode ? [findKelurahan(kelurahanCode)!] : KELURAHAN;
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, 0])) as Record<
    SubmissionStatus,
    number
  >;
  const kelurahan: KelurahanSubmission[] = [...places]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((k) => {
      const sent = versions.get(k.code);
      const status = submissionStatus(week, sent?.first.sentAt ?? null, now);
      counts[status]++;
      return {
        kelurahanCode: k.code,
        kelurahanName: k.name,
        kecamatanName: k.kecamatanName,
        status,
        first: sent?.first ?? null,
        latest: sent?.latest ?? null,
      };
    });
  return {
    week,
    ...days,
    deadline: reportDeadline(week).toISOString(),
    asOf: now.toISOString(),
    kelurahan,
    counts,
  };
}

/** A version as it was sent, with what changed against the version before; null: none. */
export async function reportSnapshot(
  q: Queryable,
  kelurahanCode: string,
  week: string,
  version: number,
): Promise<ReportSnapshot | null> {
  const sent = await readSubmission(q, kelurahanCode, week, version);
  if (!sent) return null;
  const previous = version > 1 ? await readSubmission(q, kelurahanCode, week, version - 1) : null;
  const kelurahan = findKelurahan(kelurahanCode);
  const deadline = reportDeadline(week);
  const own: SubmissionVersion = {
    version: sent.version,
    sentAt: sent.sentAt,
    sentBy: sent.sentBy,
  };
  return {
    ...own,
    kelurahanCode,
    kelurahanName: kelurahan?.name ?? kelurahanCode,
    kecamatanName: kelurahan?.kecamatanName ?? '',
    week,
    deadline: deadline.toISOString(),
    onTime: Date.parse(sent.sentAt) < deadline.getTime(),
    report: sent.report,
    previousVersion: previous?.version ?? null,
    changes: previous ? diffReportRows(previous.report.rows, sent.report.rows) : [],
    latestVersion: await latestVersion(q, kelurahanCode, week),
  };
}

/**
 * The city roll-up of what was sent for a week: the rows of the latest version of each
 * kelurahan's report (one kelurahan's for a lurah), in code order. Kelurahan that sent
 * nothing have no rows; `sent` lists whose version each block is.
 */
export async function sentRollup(
  q: Queryable,
  week: string,
  kelurahanCode: string | undefined,
  config: ProgrammeConfig,
  now = new Date(),
): Promise<SentReport> {
  const days = isoWeekDays(week)!;
  const latest = await latestSubmissions(q, week, kelurahanCode);
  const report: WeeklyReport = {
    asOf: now.toISOString(),
    target: latest[0]?.report.target ?? config.herdImmunityTarget,
    week,
    ...days,
    rows: latest.flatMap((s) => s.report.rows),
  };
  return {
    ...report,
    sent: latest.map((s) => ({
      kelurahanCode: s.kelurahanCode,
      version: s.version,
      sentAt: s.sentAt,
    })),
  };
}
