import { addDays, formatDateId, type IsoDate } from '@shared/dates';

/**
 * ISO 8601 weeks (Monday to Sunday, week 1 holds the year's first Thursday), written
 * `2026-W47` as the report endpoint takes them.
 */
export type IsoWeek = string;

const DAY = 86_400_000;
const utc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** The ISO week a date falls in. */
export function isoWeekOf(date: IsoDate): IsoWeek {
  const d = utc(date);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(d.getTime() + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Monday and Sunday of an ISO week. */
export function weekRange(week: IsoWeek): { from: IsoDate; to: IsoDate } {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) throw new Error(`Bukan minggu ISO: ${week}`);
  const [year, n] = [Number(match[1]), Number(match[2])];
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
  const from = new Date(monday1 + (n - 1) * 7 * DAY).toISOString().slice(0, 10);
  return { from, to: addDays(from, 6) };
}

/**
 * The week the report screen opens on: the current one, which this week's Friday report
 * closes (its figures up to the moment the report is made), not the last week that ended.
 */
export function defaultReportWeek(today: IsoDate): IsoWeek {
  return isoWeekOf(today);
}

/** The `count` weeks up to and including `latest`, newest first, for the week picker. */
export function recentWeeks(latest: IsoWeek, count: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  let from = weekRange(latest).from;
  for (let i = 0; i < count; i++) {
    weeks.push(isoWeekOf(from));
    from = addDays(from, -7);
  }
  return weeks;
}

/** "Minggu 47 (16-11-2026 s.d. 22-11-2026)". */
export function weekLabel(week: IsoWeek): string {
  const { from, to } = weekRange(week);
  return `Minggu ${Number(week.slice(6))} (${formatDateId(from)} s.d. ${formatDateId(to)})`;
}

/** "Minggu 47 · 16-11 s.d. 22-11-2026": short enough for the week picker on a phone. */
export function weekOptionLabel(week: IsoWeek): string {
  const { from, to } = weekRange(week);
  return `Minggu ${Number(week.slice(6))} · ${formatDateId(from).slice(0, 5)} s.d. ${formatDateId(to)}`;
}
