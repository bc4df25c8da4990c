import type {
  CityCoverage,
  CoverageRow,
  HouseholdPoints,
  KelurahanCoverage,
  RwCoverage,
  TrendPoint,
} from '@shared/coverage/api';
import { addDays, type IsoDate } from '@shared/dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { finishCoverage } from '@shared/domain/coverage';
import { findKelurahan, formatRwRt, KECAMATAN, KELURAHAN } from '@shared/wilayah/wilayah';
import type { Queryable } from '../db/database';
import { addInto, fromVector, isZero, zeroVector, type CountVector } from './counts';
import { countsBy, dayChanges, householdPoints, type Scope } from './queries';
import { jakartaToday } from './today';

/** Days the trend goes back (one point per day, ending today). */
export const TREND_DAYS = 90;

export type AnswerOptions = { today?: IsoDate; config?: ProgrammeConfig; now?: Date };

function context(options: AnswerOptions) {
  const config = options.config ?? DEFAULT_CONFIG;
  const asOf = (options.now ?? new Date()).toISOString();
  return {
    config,
    today: options.today ?? jakartaToday(),
    head: { asOf, target: config.herdImmunityTarget },
  };
}

export function coverageRow(
  key: string,
  name: string,
  counts: CountVector,
  config: ProgrammeConfig,
): CoverageRow {
  const { familyClusters, ...rest } = fromVector(counts);
  return { ...finishCoverage(rest, config), key, name, familyClusters };
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
  const { config, today, head } = context(options);
  const [groups, trend] = await Promise.all([countsBy(q, {}, 'kelurahan'), trendOf(q, {}, today)]);
  const byCode = new Map(groups.map((g) => [g.key, g.counts]));
  const kelurahan = KELURAHAN.map((k) => ({
    ...coverageRow(k.code, k.name, byCode.get(k.code) ?? zeroVector(), config),
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
    ),
  ).sort(byLengkapShare);
  return {
    ...head,
    total: coverageRow('32.75', 'Kota Bekasi', sum(groups), config),
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
  const { config, today, head } = context(options);
  const scope = { kelurahanCode };
  const [groups, trend] = await Promise.all([countsBy(q, scope, 'rw'), trendOf(q, scope, today)]);
  const name = findKelurahan(kelurahanCode)?.name ?? kelurahanCode;
  return {
    ...head,
    kelurahanCode,
    name,
    total: coverageRow(kelurahanCode, name, sum(groups), config),
    rws: groups
      .map((g) => ({ rw: Number(g.key), counts: g.counts }))
      .sort((a, b) => a.rw - b.rw)
      .map((g) => coverageRow(String(g.rw), `RW ${formatRwRt(g.rw)}`, g.counts, config)),
    trend,
  };
}

export async function rwCoverage(
  q: Queryable,
  kelurahanCode: string,
  rw: number,
  options: AnswerOptions = {},
): Promise<RwCoverage> {
  const { config, today, head } = context(options);
  const scope = { kelurahanCode, rw };
  const [groups, trend] = await Promise.all([countsBy(q, scope, 'rt'), trendOf(q, scope, today)]);
  return {
    ...head,
    kelurahanCode,
    rw,
    total: coverageRow(String(rw), `RW ${formatRwRt(rw)}`, sum(groups), config),
    rts: groups
      .map((g) => ({ key: g.key, rt: Number(g.key.split('/')[1]), counts: g.counts }))
      .sort((a, b) => a.rt - b.rt)
      .map((g) => coverageRow(g.key, `RT ${formatRwRt(g.rt)}`, g.counts, config)),
    trend,
  };
}

export async function kelurahanHouseholds(
  q: Queryable,
  kelurahanCode: string,
  options: AnswerOptions & { rw?: number } = {},
): Promise<HouseholdPoints> {
  const { head } = context(options);
  return { ...head, households: await householdPoints(q, kelurahanCode, options.rw) };
}

/**
 * One point per day for the last TREND_DAYS days up to today (from the first day with data,
 * if later): the counts at the end of each day, the running sum of the day rows.
 */
export async function trendOf(q: Queryable, scope: Scope, today: IsoDate): Promise<TrendPoint[]> {
  const changes = await dayChanges(q, scope);
  const first = changes.find((c) => c.day <= today && !isZero(c.counts))?.day;
  if (!first) return [];
  const start = maxDate(first, addDays(today, 1 - TREND_DAYS));
  const running = zeroVector();
  const points: TrendPoint[] = [];
  let i = 0;
  for (let day = first; day <= today; day = addDays(day, 1)) {
    while (i < changes.length && changes[i]!.day <= day) addInto(running, changes[i++]!.counts);
    if (day < start) continue;
    const c = fromVector(running);
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
