// The authorization matrix's rows for sending the weekly report (route-table.ts): lurah and
// staf send and read their own kelurahan's; the admin kota reads every kelurahan's and sends
// none; ketua RW and relawan are refused everything.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Role } from '@shared/auth/roles';
import { addDays } from '@shared/dates';
import type { ReportSnapshot, SubmissionList } from '@shared/reports/api';
import { jakartaToday } from '@server/coverage/today';
import { insertSubmission, latestVersion } from '@server/data/report-submissions';
import { isoWeekDays, isoWeekOf } from '@server/reports/week';
import { weeklyReport } from '@server/reports/weekly';
import { KELURAHAN, type TestDevice } from '../helpers/device';
import { PLACES, type Fixture, type Target } from './route-fixture';
import { area, reportRows } from './route-rows';
import type { RouteSpec } from './route-table';

const weeksAgo = (n: number) => isoWeekOf(addDays(jakartaToday(), -7 * n));
const OTHER = PLACES['other kelurahan'].kelurahanCode;

/** A week already sent by each kelurahan (version 1, with the rows of its current report). */
const SENT_WEEKS_AGO = 6;
async function ensureSent(f: Fixture, code: string): Promise<string> {
  const week = weeksAgo(SENT_WEEKS_AGO);
  if ((await latestVersion(f.db, code, week)) > 0) return week;
  const current = isoWeekOf(jakartaToday());
  const report = await weeklyReport(f.db, { week: current, ...isoWeekDays(current)! }, code);
  await insertSubmission(f.db, {
    kelurahanCode: code,
    week,
    version: 1,
    sentBy: { id: null, name: 'Lurah uji', role: 'lurah' },
    deviceId: null,
    report: { ...report, week },
  });
  return week;
}

/**
 * Each served send goes to a week of its own (the lurah's and the staf's, naming their
 * kelurahan or not), as the next version of it, so no send is refused for crossing another.
 */
const SEND_WEEK: Partial<Record<`${Role}/${Target}`, number>> = {
  'lurah/own': 0,
  'lurah/city': 1,
  'staf-kelurahan/own': 2,
  'staf-kelurahan/city': 3,
};
const send =
  (named: string | undefined, target: Target) =>
  async (f: Fixture, caller: TestDevice): Promise<InjectOptions> => {
    const { role } = await caller.signIn();
    const week = weeksAgo(SEND_WEEK[`${role}/${target}`] ?? 4);
    const baseVersion = await latestVersion(f.db, named ?? KELURAHAN, week);
    return {
      method: 'POST',
      url: '/api/reports/submissions',
      payload: { week, baseVersion, ...(named ? { kelurahan: named } : {}) },
    };
  };

const READERS = {
  relawan: [],
  'ketua-rw': [],
  lurah: ['own', 'city'],
  'staf-kelurahan': ['own', 'city'],
  'admin-kota': ['own', 'other kelurahan', 'city'],
} satisfies Record<Role, readonly Target[]>;

const snapshotRows = (r: LightMyRequestResponse) => {
  const s = r.json<ReportSnapshot>();
  return [area(s.kelurahanCode), ...s.report.rows.map((row) => area(row.kelurahanCode, row.rw))];
};

export const SUBMISSION_ROUTES: Record<string, RouteSpec> = {
  'POST /api/reports/submissions': {
    calls: {
      own: send(KELURAHAN, 'own'),
      'other kelurahan': send(OTHER, 'other kelurahan'),
      city: send(undefined, 'city'),
    },
    serves: { ...READERS, 'admin-kota': [] },
    rows: snapshotRows,
  },
  'GET /api/reports/submissions': {
    calls: {
      own: () => ({
        method: 'GET',
        url: `/api/reports/submissions?week=${weeksAgo(0)}&kelurahan=${KELURAHAN}`,
      }),
      'other kelurahan': () => ({
        method: 'GET',
        url: `/api/reports/submissions?week=${weeksAgo(0)}&kelurahan=${OTHER}`,
      }),
      city: () => ({ method: 'GET', url: `/api/reports/submissions?week=${weeksAgo(0)}` }),
    },
    serves: READERS,
    rows: (r) => r.json<SubmissionList>().kelurahan.map((k) => area(k.kelurahanCode)),
  },
  'GET /api/reports/submissions/:code/:week/:version': {
    calls: {
      own: async (f) => ({
        method: 'GET',
        url: `/api/reports/submissions/${KELURAHAN}/${await ensureSent(f, KELURAHAN)}/1`,
      }),
      'other kelurahan': async (f) => ({
        method: 'GET',
        url: `/api/reports/submissions/${OTHER}/${await ensureSent(f, OTHER)}/1`,
      }),
    },
    serves: { ...READERS, lurah: ['own'], 'staf-kelurahan': ['own'] },
    rows: snapshotRows,
  },
  'GET /api/reports/sent': {
    calls: {
      own: async (f) => ({
        method: 'GET',
        url: `/api/reports/sent?week=${await ensureSent(f, KELURAHAN)}&kelurahan=${KELURAHAN}`,
      }),
      'other kelurahan': async (f) => ({
        method: 'GET',
        url: `/api/reports/sent?week=${await ensureSent(f, OTHER)}&kelurahan=${OTHER}`,
      }),
      city: async (f) => {
        await ensureSent(f, OTHER);
        return { method: 'GET', url: `/api/reports/sent?week=${await ensureSent(f, KELURAHAN)}` };
      },
    },
    serves: READERS,
    variants: ['format=json', 'format=csv', 'format=xlsx'],
    rows: reportRows,
  },
};
