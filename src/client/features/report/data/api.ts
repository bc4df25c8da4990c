import { apiRequest } from '@client/sync';
import type { WeeklyReport } from '@shared/coverage/api';
import type {
  ReportSnapshot,
  SendReportRequest,
  SentReport,
  SubmissionList,
} from '@shared/reports/api';

/** The weekly report for the Sekda and its sending (docs/api.md). */
export const reportKeys = {
  weekly: (week: string, kelurahanCode: string | null) =>
    ['reports', 'weekly', week, kelurahanCode ?? 'kota'] as const,
  submissions: (week: string, kelurahanCode: string | null) =>
    ['reports', 'submissions', week, kelurahanCode ?? 'kota'] as const,
  snapshot: (code: string, week: string, version: number) =>
    ['reports', 'snapshot', code, week, version] as const,
  sent: (week: string) => ['reports', 'sent', week] as const,
};

const kelurahanParam = (code: string | null) =>
  code ? `&kelurahan=${encodeURIComponent(code)}` : '';

/** One kelurahan's report, or the city's (`null`: only the admin kota may ask it). */
export function weeklyReportUrl(
  week: string,
  format: 'json' | 'csv' | 'xlsx',
  kelurahanCode: string | null,
): string {
  return `/api/reports/weekly?week=${encodeURIComponent(week)}&format=${format}${kelurahanParam(kelurahanCode)}`;
}

/** The roll-up of the reports sent for a week (the admin kota: every kelurahan's). */
export function sentReportUrl(week: string, format: 'json' | 'csv' | 'xlsx'): string {
  return `/api/reports/sent?week=${encodeURIComponent(week)}&format=${format}`;
}

export const reportApi = {
  weekly: (week: string, kelurahanCode: string | null) =>
    apiRequest<WeeklyReport>(weeklyReportUrl(week, 'json', kelurahanCode)),
  submissions: (week: string, kelurahanCode: string | null) =>
    apiRequest<SubmissionList>(
      `/api/reports/submissions?week=${encodeURIComponent(week)}${kelurahanParam(kelurahanCode)}`,
    ),
  snapshot: (code: string, week: string, version: number) =>
    apiRequest<ReportSnapshot>(
      `/api/reports/submissions/${encodeURIComponent(code)}/${encodeURIComponent(week)}/${version}`,
    ),
  send: (body: SendReportRequest) =>
    apiRequest<ReportSnapshot>('/api/reports/submissions', { method: 'POST', body }),
  sent: (week: string) => apiRequest<SentReport>(sentReportUrl(week, 'json')),
};
