import { apiRequest } from '@client/sync';
import type { WeeklyReport } from '@shared/coverage/api';

/** The weekly report for the Sekda (GET /api/reports/weekly, docs/api.md). */
export const reportKeys = {
  weekly: (week: string) => ['reports', 'weekly', week] as const,
};

export function weeklyReportUrl(week: string, format: 'json' | 'csv' | 'xlsx'): string {
  return `/api/reports/weekly?week=${encodeURIComponent(week)}&format=${format}`;
}

export const reportApi = {
  weekly: (week: string) => apiRequest<WeeklyReport>(weeklyReportUrl(week, 'json')),
};
