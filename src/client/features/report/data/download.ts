import { apiDownload, HttpError, NetworkError } from '@client/sync';
import { sentReportUrl, weeklyReportUrl } from './api';

export type ReportFormat = 'csv' | 'xlsx';

/** The week's report file, named by the server or `laporan-mingguan-<week>.<format>`. */
export function downloadReport(
  week: string,
  format: ReportFormat,
  kelurahanCode: string | null,
): Promise<void> {
  return apiDownload(
    weeklyReportUrl(week, format, kelurahanCode),
    `laporan-mingguan-${week}.${format}`,
  );
}

/** The roll-up of the reports the kelurahan sent for a week, as a file. */
export function downloadSentReport(week: string, format: ReportFormat): Promise<void> {
  return apiDownload(sentReportUrl(week, format), `laporan-terkirim-${week}.${format}`);
}

/** Why a download failed, in words for the lurah. */
export function downloadErrorText(error: unknown): string {
  if (error instanceof NetworkError) return 'Perlu sinyal untuk mengunduh laporan. Coba lagi nanti.';
  if (error instanceof HttpError && error.status === 403) return 'Anda tidak berhak mengunduh laporan ini.';
  if (error instanceof HttpError && error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
  return error instanceof Error ? error.message : 'Laporan tidak dapat diunduh.';
}
