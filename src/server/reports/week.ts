import type { IsoDate } from '@shared/dates';
import { isoWeekOf } from '@shared/reports/iso-week';

// ISO week arithmetic lives in shared: the report's deadline (shared/reports/deadline.ts) needs it.
export { isoWeekDays, isoWeekOf, WEEK_PATTERN } from '@shared/reports/iso-week';

/**
 * Why a week has no report (Indonesian), or null when it has one: a week before the one the
 * programme started in, or after the current week (`today`, in Kota Bekasi), has no figures
 * and would only answer zeros.
 */
export function refuseReportWeek(week: string, programmeStart: IsoDate, today: IsoDate) {
  // `YYYY-Www` strings sort as the weeks do.
  if (week < isoWeekOf(programmeStart)) {
    return `Minggu ${week} sebelum program vaksinasi dimulai (${programmeStart}).`;
  }
  if (week > isoWeekOf(today)) return `Minggu ${week} belum tiba.`;
  return null;
}
