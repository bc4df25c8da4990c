import { addDays } from '@shared/dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { DEMO_KELURAHAN } from '@shared/demo';
import type { WeeklyReport } from '@shared/coverage/api';
import { reportDeadline, reportFriday } from '@shared/reports/deadline';
import { KELURAHAN } from '@shared/wilayah/wilayah';
import type { Database } from '../db/database';
import { insertSubmission } from '../data/report-submissions';
import { jakartaToday } from '../coverage/today';
import { isoWeekDays, isoWeekOf } from '../reports/week';
import { weeklyReport } from '../reports/weekly';

type Log = { info(obj: object, msg: string): void };

export type DemoReportOptions = {
  /** The day the demo is "as of" (default today in Kota Bekasi). */
  today?: string;
  /** How many past weeks get reports (the current week is left to the lurah). */
  weeks?: number;
  config?: ProgrammeConfig;
};

const HOUR = 3_600_000;

/**
 * The past weeks' reports of a demo database, so the admin kota's list of who sent shows real
 * statuses on a fresh start: for each of the last `weeks` weeks, most kelurahan sent on Friday
 * between 09.00 and 17.00 WIB, about one in ten after the deadline, about one in twelve never.
 * The figures are what each kelurahan's weekly report shows for that week now (weeklyReport,
 * the same rows a lurah would send). The first demo kelurahan (the demo lurah's) has not sent
 * last week's, so the lurah's home screen shows the reminder and the admin kota a late one.
 *
 * Only in a database whose demo data is complete and which holds no sent report yet; returns
 * the number of versions written.
 */
export async function seedDemoReports(
  db: Database,
  log: Log,
  options: DemoReportOptions = {},
): Promise<number> {
  const [state] = await db.query<{ demo: number; unfinished: number; sent: number }>(
    `SELECT (SELECT count(*)::int FROM demo_seed) AS demo,
            (SELECT count(*)::int FROM demo_seed WHERE finished_at IS NULL) AS unfinished,
            (SELECT count(*)::int FROM report_submissions) AS sent`,
  );
  if (!state || state.demo === 0 || state.unfinished > 0 || state.sent > 0) return 0;
  const today = options.today ?? jakartaToday();
  const config = options.config ?? DEFAULT_CONFIG;
  let written = 0;
  for (let ago = options.weeks ?? 8; ago >= 1; ago--) {
    const week = isoWeekOf(addDays(today, -7 * ago));
    if (week < isoWeekOf(config.programmeStart)) continue;
    const city = await weeklyReport(db, { week, ...isoWeekDays(week)! }, undefined, { config });
    await db.transaction(async (tx) => {
      for (const kelurahan of KELURAHAN) {
        const sentAt = demoSentAt(kelurahan.code, week, ago);
        if (!sentAt) continue;
        const report: WeeklyReport = {
          ...city,
          asOf: sentAt,
          rows: city.rows.filter((r) => r.kelurahanCode === kelurahan.code),
        };
        await insertSubmission(tx, {
          kelurahanCode: kelurahan.code,
          week,
          version: 1,
          sentBy: { id: null, name: `Lurah ${kelurahan.name} (demo)`, role: 'lurah' },
          deviceId: null,
          report,
          sentAt,
        });
        written++;
      }
    });
  }
  log.info({ versions: written }, 'SYNTHETIC demo weekly reports sent');
  return written;
}

/** When a kelurahan sent a week's demo report (ISO instant), or null for never. */
export function demoSentAt(code: string, week: string, weeksAgo: number): string | null {
  if (code === DEMO_KELURAHAN[0] && weeksAgo === 1) return null;
  const draw = hash(`${code}/${week}`);
  if (draw < 0.08) return null;
  const late = draw < 0.18;
  const spread = hash(`${week}/${code}`);
  if (late) {
    // Between one hour and three days after the deadline.
    return new Date(reportDeadline(week).getTime() + (1 + spread * 71) * HOUR).toISOString();
  }
  // Friday 09.00–17.00 WIB is 02.00–10.00 UTC.
  const friday = Date.parse(`${reportFriday(week)}T02:00:00Z`);
  return new Date(friday + Math.floor(spread * 8 * 60) * 60_000).toISOString();
}

/** A number in [0, 1) from a string (FNV-1a): the same demo on every start. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}
