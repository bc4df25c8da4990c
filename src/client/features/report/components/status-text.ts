import type { BadgeTone } from '@client/ui/badge';
import { formatDateId } from '@client/ui/format';
import { reportFriday, type SubmissionStatus } from '@shared/reports/deadline';

export const STATUS_LABELS: Record<SubmissionStatus, { label: string; tone: BadgeTone }> = {
  sent: { label: 'Terkirim', tone: 'green' },
  'sent-late': { label: 'Terkirim terlambat', tone: 'amber' },
  'not-sent': { label: 'Belum dikirim', tone: 'gray' },
  late: { label: 'Terlambat', tone: 'red' },
};

/** "Jumat 04-12-2026 pukul 24.00 WIB": the end of the Friday that closes the week. */
export function deadlineText(week: string): string {
  return `Jumat ${formatDateId(reportFriday(week))} pukul 24.00 WIB`;
}
