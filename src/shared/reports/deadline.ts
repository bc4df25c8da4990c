import { addDays, type IsoDate } from '../dates';
import { isoWeekDays, isoWeekOf } from './iso-week';

/**
 * When a kelurahan's weekly report is due, and whether it came in time. The report goes to the
 * Sekda every Friday: the week's report is due by the end of that week's Friday in Kota Bekasi
 * (Asia/Jakarta, UTC+7 all year, no daylight saving), i.e. Saturday 00:00 WIB.
 */
const JAKARTA_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Kota Bekasi at an instant. */
export function jakartaDay(at: Date | number): IsoDate {
  return new Date(new Date(at).getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The Friday that closes a week. */
export function reportFriday(week: string): IsoDate {
  const days = isoWeekDays(week);
  if (!days) throw new Error(`Bukan minggu ISO: ${week}`);
  return addDays(days.from, 4);
}

/** The instant a week's report is late after: the end of its Friday in Kota Bekasi. */
export function reportDeadline(week: string): Date {
  return new Date(Date.parse(`${addDays(reportFriday(week), 1)}T00:00:00Z`) - JAKARTA_OFFSET_MS);
}

/**
 * - `sent`: its first version came by the deadline;
 * - `sent-late`: its first version came after the deadline;
 * - `not-sent`: nothing yet, and the deadline has not passed;
 * - `late`: nothing yet, and the deadline has passed.
 */
export type SubmissionStatus = 'sent' | 'sent-late' | 'not-sent' | 'late';
export const SUBMISSION_STATUSES: readonly SubmissionStatus[] = [
  'sent',
  'sent-late',
  'not-sent',
  'late',
];

/** A week's status for one kelurahan, from when its first version was sent (null: never). */
export function submissionStatus(
  week: string,
  firstSentAt: string | Date | null,
  now: Date | number,
): SubmissionStatus {
  const deadline = reportDeadline(week).getTime();
  if (firstSentAt !== null) {
    return new Date(firstSentAt).getTime() < deadline ? 'sent' : 'sent-late';
  }
  return new Date(now).getTime() < deadline ? 'not-sent' : 'late';
}

/**
 * The week whose report the lurah should be sending on `day`: from Friday on, the current
 * week; Monday to Thursday, the week before (late if still not sent).
 */
export function weekDueOn(day: IsoDate): string {
  const current = isoWeekOf(day);
  return day >= reportFriday(current) ? current : isoWeekOf(addDays(day, -7));
}
