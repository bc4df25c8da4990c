import { apiRequest } from '@client/sync';
import type { WeeklyReport } from '@shared/coverage/api';

/** The weekly report for the Sekda (GET /api/reports/weekly, docs/api.md). */
export const reportKeys = {
  weekly: (week: string, kelurahanCode: string | null) =>
    ['reports', 'weekly', week, kelurahanCode ?? 'kota'] as const,
};

/** One kelurahan's report, or the city's (`null`: only the admin kota may ask it). */
export function weeklyReportUrl(
  week: string,
  format: 'json' | 'csv' | 'xlsx',
  kelurahanCode: string | null,
): string {
  const kelurahan = kelurahanCode ? `&kelurahan=${encodeURIComponent(kelurahanCode)}` : '';
  return `/api/reports/weekly?week=${encodeURIComponent(week)}&format=${format}${kelurahan}`;
}

export const reportApi = {
  weekly: (week: string, kelurahanCode: string | null) =>
    apiRequest<WeeklyReport>(weeklyReportUrl(week, 'json', kelurahanCode)),
};
