import type { IsoDate } from '../dates';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01), which the generator uses for
 * speed: comparing and adding numbers is cheaper than handling date strings millions of times.
 */
const DAY_MS = 86_400_000;

export function dayOf(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Formatting a date is the generator's most frequent call: each day is formatted once. */
const ISO_CACHE = new Map<number, IsoDate>();

export function isoOf(day: number): IsoDate {
  let iso = ISO_CACHE.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    ISO_CACHE.set(day, iso);
  }
  return iso;
}

export function msOf(day: number): number {
  return day * DAY_MS;
}

/** A birth date with its parts kept, for NIK digits and "turns N on" dates. */
export type Birth = { y: number; m: number; d: number; day: number };

export function birthOf(day: number): Birth {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate(), day };
}

/** The day someone born on `birth` turns `years` old (29 February → 1 March). */
export function turns(birth: Birth, years: number): number {
  return Date.UTC(birth.y + years, birth.m - 1, birth.d) / DAY_MS;
}

/** Whole years of age on `day`. */
export function ageOnDay(birth: Birth, day: number): number {
  const on = new Date(day * DAY_MS);
  const m = on.getUTCMonth() + 1;
  const d = on.getUTCDate();
  let age = on.getUTCFullYear() - birth.y;
  if (m < birth.m || (m === birth.m && d < birth.d)) age--;
  return age;
}
