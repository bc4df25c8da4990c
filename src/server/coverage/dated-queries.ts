import { addDays, type IsoDate } from '@shared/dates';
import type { Queryable } from '../db/database';
import { COUNT_COLUMNS, isZero, SUM_COLUMNS, vectorOfRow, type CountVector } from './counts';
import { nodesUpTo } from './dated';
import type { GroupCounts, Scope } from './queries';

/**
 * SQL over the dated sums (migrations 012 and 016): coverage as of a day by the dates in the records,
 * and what reached the server in a span of days (coverage_days, the "recorded" figures).
 */

/**
 * The counts as of the end of `day` of the scope's parts: per kelurahan (the city, or one
 * kelurahan's total) from the kelurahan tree (at most 13 rows per kelurahan, migration 016),
 * per RW for a kelurahan from the RW tree (at most 13 rows per RW), per RT for an RW from its
 * RTs' day rows.
 */
export async function countsAsOf(
  q: Queryable,
  scope: Scope,
  by: 'kelurahan' | 'rw' | 'rt',
  day: IsoDate,
): Promise<GroupCounts[]> {
  const nodes = nodesUpTo(day);
  let rows: Record<string, unknown>[];
  if (by === 'rt') {
    rows = await q.query(
      `SELECT rw || '/' || rt AS key, ${SUM_COLUMNS} FROM coverage_dated_rt
       WHERE kelurahan_code = $1 AND rw = $2 AND day <= $3 GROUP BY 1`,
      [scope.kelurahanCode, scope.rw, day],
    );
  } else if (by === 'kelurahan') {
    const inKelurahan = scope.kelurahanCode === undefined ? '' : 'AND kelurahan_code = $2';
    rows = await q.query(
      `SELECT kelurahan_code AS key, ${SUM_COLUMNS} FROM coverage_dated_kelurahan_tree
       WHERE node = ANY($1::int[]) ${inKelurahan} GROUP BY 1`,
      [nodes, ...(scope.kelurahanCode === undefined ? [] : [scope.kelurahanCode])],
    );
  } else {
    rows = await q.query(
      `SELECT rw::text AS key, ${SUM_COLUMNS} FROM coverage_dated_rw
       WHERE kelurahan_code = $2 AND node = ANY($1::int[]) GROUP BY 1`,
      [nodes, scope.kelurahanCode],
    );
  }
  return rows
    .map((row) => ({ key: String(row.key), counts: vectorOfRow(row) }))
    .filter((g) => !isZero(g.counts));
}

/**
 * The scope's counts as of the end of each day from `from` to `to`, for the trend: for the
 * city and a kelurahan, the kelurahan tree's sum up to the day before `from` and the city's or
 * the kelurahan's day rows of the window; for an RW, its RTs' day rows.
 */
export async function countsByDay(
  q: Queryable,
  scope: Scope,
  from: IsoDate,
  to: IsoDate,
): Promise<Map<IsoDate, CountVector>> {
  const days: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  const result = new Map<IsoDate, CountVector>();
  if (scope.rw !== undefined) {
    const rows = await q.query(
      `SELECT to_char(GREATEST(day, $3::date), 'YYYY-MM-DD') AS day, ${SUM_COLUMNS}
       FROM coverage_dated_rt WHERE kelurahan_code = $1 AND rw = $2 AND day <= $4 GROUP BY 1`,
      [scope.kelurahanCode, scope.rw, from, to],
    );
    const changes = new Map(rows.map((r) => [String(r.day), vectorOfRow(r)]));
    const running = COUNT_COLUMNS.map(() => 0);
    for (const d of days) {
      changes.get(d)?.forEach((n, i) => (running[i]! += n));
      result.set(d, [...running]);
    }
    return result;
  }
  // The sum before the window from the kelurahan tree, then the window's days from the
  // city's day rows (migration 017) or the kelurahan's.
  const [before, rows] = await Promise.all([
    countsAsOf(q, scope, 'kelurahan', addDays(from, -1)),
    scope.kelurahanCode === undefined
      ? q.query(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, ${COUNT_COLUMNS.join(', ')}
           FROM coverage_dated_city WHERE day BETWEEN $1 AND $2`,
          [from, to],
        )
      : q.query(
          `SELECT to_char(day, 'YYYY-MM-DD') AS day, ${COUNT_COLUMNS.join(', ')}
           FROM coverage_dated_kelurahan WHERE kelurahan_code = $3 AND day BETWEEN $1 AND $2`,
          [from, to, scope.kelurahanCode],
        ),
  ]);
  const changes = new Map(rows.map((r) => [String(r.day), vectorOfRow(r)]));
  const running = COUNT_COLUMNS.map(() => 0);
  for (const g of before) g.counts.forEach((n, i) => (running[i]! += n));
  for (const d of days) {
    changes.get(d)?.forEach((n, i) => (running[i]! += n));
    result.set(d, [...running]);
  }
  return result;
}

/** Changes of dosis 1, lengkap and booster that reached the server in a span of days. */
export type RecordedCounts = { dosis1: number; lengkap: number; booster: number };

/**
 * Per part of the scope (kelurahan / RW / `rw/rt`), what reached the server in [from, to]: for
 * the city, from the kelurahan day sums (migration 017, at most 56 rows a day), else from the
 * RT day rows of the kelurahan or RW.
 */
export async function recordedBy(
  q: Queryable,
  scope: Scope,
  by: 'kelurahan' | 'rw' | 'rt',
  from: IsoDate,
  to: IsoDate,
): Promise<Map<string, RecordedCounts>> {
  const key = { kelurahan: 'kelurahan_code', rw: 'rw::text', rt: "rw || '/' || rt" }[by];
  const city = scope.kelurahanCode === undefined && by === 'kelurahan';
  const params: unknown[] = [from, to];
  const parts: string[] = [];
  if (scope.kelurahanCode !== undefined) {
    params.push(scope.kelurahanCode);
    parts.push(`AND kelurahan_code = $${params.length}`);
  }
  if (scope.rw !== undefined) {
    params.push(scope.rw);
    parts.push(`AND rw = $${params.length}`);
  }
  const rows = await q.query(
    `SELECT ${key} AS key, sum(dosis1)::int AS dosis1, sum(lengkap)::int AS lengkap,
       sum(booster)::int AS booster
     FROM ${city ? 'coverage_recorded_kelurahan' : 'coverage_days'}
     WHERE day BETWEEN $1 AND $2 ${parts.join(' ')}
       AND (dosis1 <> 0 OR lengkap <> 0 OR booster <> 0)
     GROUP BY 1`,
    params,
  );
  return new Map(
    rows.map((r) => [
      String(r.key),
      { dosis1: Number(r.dosis1), lengkap: Number(r.lengkap), booster: Number(r.booster) },
    ]),
  );
}
