import type {
  CityCoverage,
  CoverageRow,
  HouseholdPoints,
  KelurahanCoverage,
  RecordedCounts,
  RwCoverage,
  TrendPoint,
} from '@shared/coverage/api';
import { addDays, type IsoDate } from '@shared/dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { finishCoverage } from '@shared/domain/coverage';
import { findKelurahan, formatRwRt, KECAMATAN, KELURAHAN } from '@shared/wilayah/wilayah';
import type { Queryable } from '../db/database';
import { addInto, fromVector, zeroVector, type CountVector } from './counts';
import { DATED_BASE } from './dated';
import { countsAsOf, countsByDay, recordedBy } from './dated-queries';
import { countsBy, householdPoints, type GroupCounts, type Scope } from './queries';
import { jakartaToday } from './today';

/** Days the trend goes back (one point per day, ending today). */
export const TREND_DAYS = 90;

/**
 * `date`: coverage as of the end of that day, by the dates in the records (dated.ts); without
 * it, the current figures (coverage_rt, as of `today`), the trend and the recorded figures
 * still dated the same way.
 */
export type AnswerOptions = {
  today?: IsoDate;
  date?: IsoDate;
  config?: ProgrammeConfig;
  now?: Date;
};

function context(q: Queryable, options: AnswerOptions) {
  const config = options.config ?? DEFAULT_CONFIG;
  const asOf = (options.now ?? new Date()).toISOString();
  const date = options.date ?? options.today ?? jakartaToday();
  const recordedFrom = mondayOf(date);
  return {
    config,
    date,
    head: { asOf, target: config.herdImmunityTarget, date, recordedFrom },
    counts: (scope: Scope, by: 'kelurahan' | 'rw' | 'rt'): Promise<GroupCounts[]> =>
      options.date === undefined ? countsBy(q, scope, by) : countsAsOf(q, scope, by, date),
    recorded: (scope: Scope, by: 'kelurahan' | 'rw' | 'rt') =>
      recordedBy(q, scope, by, recordedFrom, date),
  };
}

/** The Monday of a day's ISO week. */
export function mondayOf(day: IsoDate): IsoDate {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export function coverageRow(
  key: string,
  name: string,
  counts: CountVector,
  config: ProgrammeConfig,
  recorded?: RecordedCounts,
): CoverageRow {
  const { familyClusters, ...rest } = fromVector(counts);
  return {
    ...finishCoverage(rest, config),
    key,
    name,
    familyClusters,
    recordedThisWeek: recorded ?? { dosis1: 0, lengkap: 0, booster: 0 },
  };
}

function sumRecorded(parts: Iterable<RecordedCounts | undefined>): RecordedCounts {
  const total = { dosis1: 0, lengkap: 0, booster: 0 };
  for (const p of parts) {
    if (!p) continue;
    total.dosis1 += p.dosis1;
    total.lengkap += p.lengkap;
    total.booster += p.booster;
  }
  return total;
}

function sum(groups: readonly { counts: CountVector }[]): CountVector {
  const total = zeroVector();
  for (const g of groups) addInto(total, g.counts);
  return total;
}

/** Highest share of lengkap first; by name among equals. */
function byLengkapShare(a: CoverageRow, b: CoverageRow): number {
  return b.pctLengkap - a.pctLengkap || a.name.localeCompare(b.name);
}

export async function cityCoverage(
  q: Queryable,
  options: AnswerOptions = {},
): Promise<CityCoverage> {
  const { config, date, head, counts, recorded } = context(q, options);
  const [groups, trend, rec] = await Promise.all([
    counts({}, 'kelurahan'),
    trendOf(q, {}, date),
    recorded({}, 'kelurahan'),
  ]);
  const byCode = new Map(groups.map((g) => [g.key, g.counts]));
  const kelurahan = KELURAHAN.map((k) => ({
    ...coverageRow(k.code, k.name, byCode.get(k.code) ?? zeroVector(), config, rec.get(k.code)),
    kecamatanCode: k.kecamatanCode,
    kecamatanName: k.kecamatanName,
  })).sort(byLengkapShare);
  const isoman = kelurahan
    .filter((k) => k.activeIsoman > 0)
    .map((k) => ({ kelurahanCode: k.key, name: k.name, active: k.activeIsoman }))
    .sort((a, b) => b.active - a.active || a.name.localeCompare(b.name));
  const kecamatan = KECAMATAN.map((kec) =>
    coverageRow(
      kec.code,
      kec.name,
      sum(kec.kelurahan.map((k) => ({ counts: byCode.get(k.code) ?? zeroVector() }))),
      config,
      sumRecorded(kec.kelurahan.map((k) => rec.get(k.code))),
    ),
  ).sort(byLengkapShare);
  return {
    ...head,
    total: coverageRow('32.75', 'Kota Bekasi', sum(groups), config, sumRecorded(rec.values())),
    kelurahan,
    kecamatan,
    isoman,
    trend,
  };
}

export async function kelurahanCoverage(
  q: Queryable,
  kelurahanCode: string,
  options: AnswerOptions = {},
): Promise<KelurahanCoverage> {
  const { config, date, head, counts, recorded } = context(q, options);
  const scope = { kelurahanCode };
  const [groups, trend, rec] = await Promise.all([
    counts(scope, 'rw'),
    trendOf(q, scope, date),
    recorded(scope, 'rw'),
  ]);
  const name = findKelurahan(kelurahanCode)?.name ?? kelurahanCode;
  return {
    ...head,
    kelurahanCode,
    name,
    total: coverageRow(kelurahanCode, name, sum(groups), config, sumRecorded(rec.values())),
    rws: groups
      .map((g) => ({ rw: Number(g.key), counts: g.counts }))
      .sort((a, b) => a.rw - b.rw)
      .map((g) =>
        coverageRow(
          String(g.rw),
          `RW ${formatRwRt(g.rw)}`,
          g.counts,
          config,
          rec.get(String(g.rw)),
        ),
      ),
    trend,
  };
}

export async function rwCoverage(
  q: Queryable,
  kelurahanCode: string,
  rw: number,
  options: AnswerOptions = {},
): Promise<RwCoverage> {
  const { config, date, head, counts, recorded } = context(q, options);
  const scope = { kelurahanCode, rw };
  const [groups, trend, rec] = await Promise.all([
    counts(scope, 'rt'),
    trendOf(q, scope, date),
    recorded(scope, 'rt'),
  ]);
  return {
    ...head,
    kelurahanCode,
    rw,
    total: coverageRow(
      String(rw),
      `RW ${formatRwRt(rw)}`,
      sum(groups),
      config,
      sumRecorded(rec.values()),
    ),
    rts: groups
      .map((g) => ({ key: g.key, rt: Number(g.key.split('/')[1]), counts: g.counts }))
      .sort((a, b) => a.rt - b.rt)
      .map((g) => coverageRow(g.key, `RT ${formatRwRt(g.rt)}`, g.counts, config, rec.get(g.key))),
    trend,
  };
}

export async function kelurahanHouseholds(
  q: Queryable,
  kelurahanCode: string,
  options: AnswerOptions & { rw?: number } = {},
): Promise<HouseholdPoints> {
  const { asOf, target } = context(q, options).head;
  return { asOf, target, households: await householdPoints(q, kelurahanCode, options.rw) };
}

/**
 * One point per day for the last TREND_DAYS days up to `end`, counted by the dates in the
 * records (a dose recorded today with a date in August moves August's points), from the first
 * day of the programme at the earliest; none when the scope has no data.
 */
export async function trendOf(q: Queryable, scope: Scope, end: IsoDate): Promise<TrendPoint[]> {
  const start = maxDate(DATED_BASE, addDays(end, 1 - TREND_DAYS));
  if (end < start) return [];
  const byDay = await countsByDay(q, scope, start, end);
  const points: TrendPoint[] = [];
  let started = false;
  for (const [day, v] of byDay) {
    const c = fromVector(v);
    // Leading days of nothing (no resident yet) are left out, as before any data.
    started ||= c.residents !== 0 || c.households !== 0;
    if (!started) continue;
    points.push({
      date: day,
      eligible: c.eligible,
      dosis1: c.dosis1,
      lengkap: c.lengkap,
      booster: c.booster,
      activeIsoman: c.activeIsoman,
      householdsVisited: c.householdsVisited,
    });
  }
  return points;
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}
