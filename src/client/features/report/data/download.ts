import { db } from '@client/db/db';
import { HttpError, NetworkError, readSignedIn } from '@client/sync';
import { sentReportUrl, weeklyReportUrl } from './api';

export type ReportFormat = 'csv' | 'xlsx';

/**
 * Downloads the week's report file from the server with the device's token (a plain link
 * would be refused: every /api route needs it), and hands it to the browser as a file named
 * by the server, or `laporan-mingguan-<week>.<format>`.
 */
export function downloadReport(
  week: string,
  format: ReportFormat,
  kelurahanCode: string | null,
): Promise<void> {
  return downloadFile(
    weeklyReportUrl(week, format, kelurahanCode),
    `laporan-mingguan-${week}.${format}`,
  );
}

/** The roll-up of the reports the kelurahan sent for a week, as a file. */
export function downloadSentReport(week: string, format: ReportFormat): Promise<void> {
  return downloadFile(sentReportUrl(week, format), `laporan-terkirim-${week}.${format}`);
}

async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const auth = await readSignedIn(db);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: auth ? { authorization: `Bearer ${auth.token}` } : {},
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(response.status, body.message ?? `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

function fileName(disposition: string | null): string | undefined {
  return disposition?.match(/filename="?([^";]+)"?/)?.[1];
}

/** Why a download failed, in words for the lurah. */
export function downloadErrorText(error: unknown): string {
  if (error instanceof NetworkError) return 'Perlu sinyal untuk mengunduh laporan. Coba lagi nanti.';
  if (error instanceof HttpError && error.status === 403) return 'Anda tidak berhak mengunduh laporan ini.';
  if (error instanceof HttpError && error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
  return error instanceof Error ? error.message : 'Laporan tidak dapat diunduh.';
}
