import { addDays, type IsoDate } from '../dates';

/** An ISO 8601 week (Monday to Sunday, week 1 holds the year's first Thursday): `2026-W47`. */
export const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** Monday and Sunday of an ISO 8601 week (`2026-W47`), or null when there is no such week. */
export function isoWeekDays(week: string): { from: IsoDate; to: IsoDate } | null {
  const match = WEEK_PATTERN.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || n > weeksInYear(year)) return null;
  const from = addDays(mondayOfWeek1(year), (n - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/** The ISO week a day falls in: `2026-W47`. */
export function isoWeekOf(day: IsoDate): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  // The week belongs to the year of its Thursday.
  date.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const year = date.getUTCFullYear();
  const week =
    1 + Math.round((date.getTime() - Date.parse(mondayOfWeek1(year)) - 3 * 864e5) / (7 * 864e5));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function mondayOfWeek1(year: number): IsoDate {
  // Week 1 holds 4 January.
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7; // Monday 0
  return addDays(jan4.toISOString().slice(0, 10), -weekday);
}

function weeksInYear(year: number): number {
  return isoWeekOf(`${year}-12-28`) === `${year}-W53` ? 53 : 52;
}
