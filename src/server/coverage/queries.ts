import type { HouseholdMapStatus, HouseholdPoints } from '@shared/coverage/api';
import { addDays, type IsoDate } from '@shared/dates';
import { householdAddress } from '@shared/domain/household-address';
import type { Queryable } from '../db/database';
import {
  COUNT_COLUMNS,
  isZero,
  SUM_COLUMNS,
  vectorOfRow,
  zeroVector,
  type CountVector,
} from './counts';
import { nodesUpTo } from './dated';

/** An area's scope: the city, a kelurahan, or one RW of it. */
export type Scope = { kelurahanCode?: string; rw?: number };

function where(scope: Scope, first = 1): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (scope.kelurahanCode !== undefined) {
    params.push(scope.kelurahanCode);
    parts.push(`kelurahan_code = $${first + params.length - 1}`);
  }
  if (scope.rw !== undefined) {
    params.push(scope.rw);
    parts.push(`rw = $${first + params.length - 1}`);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export type GroupCounts = { key: string; counts: CountVector };

/**
 * The counts of the scope's parts, added up from RT rows: per kelurahan for the city, per
 * RW for a kelurahan, per RT for an RW.
 */
export async function countsBy(
  q: Queryable,
  scope: Scope,
  by: 'kelurahan' | 'rw' | 'rt',
): Promise<GroupCounts[]> {
  const w = where(scope);
  const key = { kelurahan: 'kelurahan_code', rw: 'rw::text', rt: "rw || '/' || rt" }[by];
  const rows = await q.query(
    `SELECT ${key} AS key, ${SUM_COLUMNS} FROM coverage_rt ${w.sql} GROUP BY 1`,
    w.params,
  );
  // An RT whose records were all deleted keeps a row of zeros: it is no longer an area with data.
  return rows
    .map((row) => ({ key: String(row.key), counts: vectorOfRow(row) }))
    .filter((g) => !isZero(g.counts));
}

export type WeekTally = {
  kelurahanCode: string;
  rw: number;
  /** The counts at the end of `end` (the week's Sunday, or today), by the records' dates. */
  end: CountVector;
  /** The counts at the end of the day before `from`, likewise. */
  before: CountVector;
  /** Visits and new isoman episodes dated in [from, to]. */
  visits: number;
  newIsoman: number;
  /** Changes of dosis1, lengkap, booster that reached the server in [from, to]. */
  recorded: [number, number, number];
};

/**
 * Per kelurahan and RW of the scope, the sums the weekly report needs, added up in SQL: the
 * coverage from the RW tree of the dated sums (13 nodes per RW for each of the two days), the
 * week's visits, new isoman and recorded changes from coverage_days.
 */
export async function weekTallies(
  q: Queryable,
  scope: Scope,
  from: IsoDate,
  to: IsoDate,
  end: IsoDate = to,
): Promise<WeekTally[]> {
  const endNodes = nodesUpTo(end);
  const beforeNodes = nodesUpTo(addDays(from, -1));
  const w = where(scope, 3);
  const sums = (nodes: string, prefix: string) =>
    COUNT_COLUMNS.map((c) => `sum(${c}) FILTER (WHERE node = ANY(${nodes}))::int AS ${prefix}${c}`);
  const [covered, days] = await Promise.all([
    q.query(
      `SELECT kelurahan_code, rw, ${sums('$1::int[]', 'e_').join(', ')},
         ${sums('$2::int[]', 'b_').join(', ')}
       FROM coverage_dated_rw WHERE node = ANY($1::int[] || $2::int[]) ${w.sql ? `AND ${w.sql.slice(6)}` : ''}
       GROUP BY kelurahan_code, rw`,
      [endNodes, beforeNodes, ...w.params],
    ),
    q.query(
      `SELECT kelurahan_code, rw, sum(visits)::int AS visits, sum(new_isoman)::int AS new_isoman,
         sum(dosis1)::int AS dosis1, sum(lengkap)::int AS lengkap, sum(booster)::int AS booster
       FROM coverage_days WHERE day BETWEEN $1 AND $2 ${w.sql ? `AND ${w.sql.slice(6)}` : ''}
       GROUP BY kelurahan_code, rw`,
      [from, to, ...w.params],
    ),
  ]);
  const tallies = new Map<string, WeekTally>();
  const tallyOf = (row: Record<string, unknown>) => {
    const k = `${String(row.kelurahan_code)}|${Number(row.rw)}`;
    let t = tallies.get(k);
    if (!t) {
      t = {
        kelurahanCode: String(row.kelurahan_code),
        rw: Number(row.rw),
        end: zeroVector(),
        before: zeroVector(),
        visits: 0,
        newIsoman: 0,
        recorded: [0, 0, 0],
      };
      tallies.set(k, t);
    }
    return t;
  };
  for (const row of covered) {
    const t = tallyOf(row);
    t.end = COUNT_COLUMNS.map((c) => Number(row[`e_${c}`] ?? 0));
    t.before = COUNT_COLUMNS.map((c) => Number(row[`b_${c}`] ?? 0));
  }
  for (const row of days) {
    const t = tallyOf(row);
    t.visits = Number(row.visits ?? 0);
    t.newIsoman = Number(row.new_isoman ?? 0);
    t.recorded = [Number(row.dosis1 ?? 0), Number(row.lengkap ?? 0), Number(row.booster ?? 0)];
  }
  // An RW with no data at all (every record deleted) is no longer an area of the report.
  return [...tallies.values()].filter(
    (t) => !isZero(t.end) || !isZero(t.before) || t.visits || t.newIsoman || !isZero(t.recorded),
  );
}

/** One household on the map, as the endpoint answers it (src/shared/coverage/api.ts). */
export type HouseholdPoint = HouseholdPoints['households'][number];

/** The kelurahan's households (not deleted) that have a GPS point, with their map status. */
export async function householdPoints(
  q: Queryable,
  kelurahanCode: string,
  rw?: number,
): Promise<HouseholdPoint[]> {
  const rows = await q.query<{
    id: string;
    rw: number;
    rt: number;
    location: { lat: number; lng: number } | null;
    street: string;
    house_number: string | null;
    residents: number;
    map_status: HouseholdMapStatus;
    active_isoman: number;
    unvaccinated: number;
  }>(
    `SELECT c.id, c.rw, c.rt, h.fields->'location' AS location, h.fields->>'street' AS street,
       h.fields->>'houseNumber' AS house_number,
       c.residents, c.map_status, c.active_isoman, c.eligible - c.dosis1 AS unvaccinated
     FROM coverage_households c
     JOIN households h ON h.id = c.id AND h.kelurahan_code = c.kelurahan_code
     WHERE c.kelurahan_code = $1 AND h.kelurahan_code = $1 AND c.households = 1
       AND ($2::int IS NULL OR c.rw = $2::int)
     ORDER BY c.rw, c.rt, c.id`,
    [kelurahanCode, rw ?? null],
  );
  // The GPS point is picked here, not in SQL: a condition on it leads PostgreSQL to guess a
  // handful of rows and look every household up one by one.
  return rows
    .filter((r) => r.location !== null && typeof r.location === 'object')
    .map((r) => ({
      id: r.id,
      rw: r.rw,
      rt: r.rt,
      lat: r.location!.lat,
      lng: r.location!.lng,
      address: householdAddress({ street: r.street, houseNumber: r.house_number }),
      residents: r.residents,
      status: r.map_status,
      activeIsoman: r.active_isoman,
      unvaccinated: r.unvaccinated,
    }));
}
