import type { Role } from '@shared/auth/roles';
import type { WeeklyReport } from '@shared/coverage/api';
import type { SubmissionVersion } from '@shared/reports/api';
import type { Queryable } from '../db/database';

/** One version of a kelurahan's weekly report as stored (migration 013). */
export type StoredSubmission = SubmissionVersion & {
  kelurahanCode: string;
  week: string;
  report: WeeklyReport;
};

export type NewSubmission = {
  kelurahanCode: string;
  week: string;
  version: number;
  sentBy: { id: string | null; name: string; role: Role };
  deviceId: string | null;
  report: WeeklyReport;
  /** Default: the transaction's time. The demo seed dates its past reports. */
  sentAt?: string;
};

type Row = {
  kelurahan_code: string;
  week: string;
  version: number;
  sent_at: string;
  sent_by: string | null;
  sent_by_name: string;
  sent_by_role: Role;
  report?: WeeklyReport | string;
};

const COLUMNS = `kelurahan_code, week, version, sent_by, sent_by_name, sent_by_role,
  to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS sent_at`;

function version(r: Row): SubmissionVersion {
  return {
    version: r.version,
    sentAt: r.sent_at,
    sentBy: { id: r.sent_by, name: r.sent_by_name, role: r.sent_by_role },
  };
}

function stored(r: Row): StoredSubmission {
  const report = typeof r.report === 'string' ? (JSON.parse(r.report) as WeeklyReport) : r.report!;
  return { ...version(r), kelurahanCode: r.kelurahan_code, week: r.week, report };
}

/**
 * Stores a version. The primary key (kelurahan, week, version) makes two sends of the same
 * version collide: the second fails with a unique violation (23505), which the caller turns
 * into a conflict, rather than both being kept.
 */
export async function insertSubmission(q: Queryable, s: NewSubmission): Promise<SubmissionVersion> {
  const [row] = await q.query<Row>(
    `INSERT INTO report_submissions
       (kelurahan_code, week, version, sent_at, sent_by, sent_by_name, sent_by_role, device_id, report)
     VALUES ($1, $2, $3, COALESCE($4::timestamptz, now()), $5, $6, $7, $8, $9::jsonb)
     RETURNING ${COLUMNS}`,
    [
      s.kelurahanCode,
      s.week,
      s.version,
      s.sentAt ?? null,
      s.sentBy.id,
      s.sentBy.name,
      s.sentBy.role,
      s.deviceId,
      JSON.stringify(s.report),
    ],
  );
  return version(row!);
}

/** The latest version number of a kelurahan's week (0: never sent). */
export async function latestVersion(q: Queryable, kelurahanCode: string, week: string) {
  const [row] = await q.query<{ v: number | null }>(
    `SELECT max(version) AS v FROM report_submissions WHERE kelurahan_code = $1 AND week = $2`,
    [kelurahanCode, week],
  );
  return Number(row?.v ?? 0);
}

/** The first and the latest version of each kelurahan that sent the week (one, or all). */
export async function weekVersions(
  q: Queryable,
  week: string,
  kelurahanCode?: string,
): Promise<Map<string, { first: SubmissionVersion; latest: SubmissionVersion }>> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM report_submissions
     WHERE week = $1 AND ($2::text IS NULL OR kelurahan_code = $2)
     ORDER BY kelurahan_code, version`,
    [week, kelurahanCode ?? null],
  );
  const byCode = new Map<string, { first: SubmissionVersion; latest: SubmissionVersion }>();
  for (const r of rows) {
    const v = version(r);
    const seen = byCode.get(r.kelurahan_code);
    byCode.set(r.kelurahan_code, { first: seen?.first ?? v, latest: v });
  }
  return byCode;
}

/** One version with its figures, or null. */
export async function readSubmission(
  q: Queryable,
  kelurahanCode: string,
  week: string,
  v: number,
): Promise<StoredSubmission | null> {
  const [row] = await q.query<Row>(
    `SELECT ${COLUMNS}, report FROM report_submissions
     WHERE kelurahan_code = $1 AND week = $2 AND version = $3`,
    [kelurahanCode, week, v],
  );
  return row ? stored(row) : null;
}

/** The latest version of each kelurahan's report of a week, with figures (one, or all). */
export async function latestSubmissions(
  q: Queryable,
  week: string,
  kelurahanCode?: string,
): Promise<StoredSubmission[]> {
  const rows = await q.query<Row>(
    `SELECT DISTINCT ON (kelurahan_code) ${COLUMNS}, report FROM report_submissions
     WHERE week = $1 AND ($2::text IS NULL OR kelurahan_code = $2)
     ORDER BY kelurahan_code, version DESC`,
    [week, kelurahanCode ?? null],
  );
  return rows.map(stored);
}
