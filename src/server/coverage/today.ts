import type { IsoDate } from '@shared/dates';

/** Kota Bekasi keeps Western Indonesian Time (UTC+7) all year. */
const JAKARTA_OFFSET_MS = 7 * 60 * 60_000;

/** The calendar day in Kota Bekasi at `time` (ms since the epoch). */
export function jakartaDate(time: number): IsoDate {
  return new Date(time + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Kota Bekasi: the day eligibility by age is judged on and changes are dated. */
export function jakartaToday(now: number = Date.now()): IsoDate {
  return jakartaDate(now);
}
