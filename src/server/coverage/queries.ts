import type { HouseholdMapStatus, HouseholdPoints } from '@shared/coverage/api';
import type { IsoDate } from '@shared/dates';
import { householdAddress } from '@shared/domain/household-address';
import type { Queryable } from '../db/database';
import { COUNT_COLUMNS, isZero, SUM_COLUMNS, vectorOfRow, type CountVector } from './counts';

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

/** Rows of coverage_days where a count changed: the condition of its partial index. */
const COUNTS_CHANGED = `(households <> 0 OR households_visited <> 0 OR residents <> 0
  OR eligible <> 0 OR dosis1 <> 0 OR lengkap <> 0 OR booster <> 0 OR active_isoman <> 0)`;

export type DayChange = { day: IsoDate; counts: CountVector };

/** The scope's count changes by day, oldest first (the trend is their running sum). */
export async function dayChanges(q: Queryable, scope: Scope): Promise<DayChange[]> {
  const w = where(scope);
  const rows = await q.query(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, ${SUM_COLUMNS}
     FROM coverage_days ${w.sql ? `${w.sql} AND` : 'WHERE'} ${COUNTS_CHANGED}
     GROUP BY day ORDER BY day`,
    w.params,
  );
  return rows.map((row) => ({ day: String(row.day), counts: vectorOfRow(row) }));
}

export type WeekTally = {
  kelurahanCode: string;
  rw: number;
  /** The counts at the end of `to`. */
  end: CountVector;
  /** The counts at the end of the day before `from`. */
  before: CountVector;
  /** Visits and new isoman episodes dated in [from, to]. */
  visits: number;
  newIsoman: number;
};

/** Per kelurahan and RW of the scope, the sums the weekly report needs, added up in SQL. */
export async function weekTallies(
  q: Queryable,
  scope: Scope,
  from: IsoDate,
  to: IsoDate,
): Promise<WeekTally[]> {
  const w = where(scope, 3);
  const sums = (bound: string, prefix: string) =>
    COUNT_COLUMNS.map((c) => `sum(${c}) FILTER (WHERE day ${bound})::int AS ${prefix}${c}`);
  const rows = await q.query(
    `SELECT kelurahan_code, rw, ${sums('<= $2', 'e_').join(', ')}, ${sums('< $1', 'b_').join(', ')},
       sum(visits) FILTER (WHERE day BETWEEN $1 AND $2)::int AS visits,
       sum(new_isoman) FILTER (WHERE day BETWEEN $1 AND $2)::int AS new_isoman
     FROM coverage_days
     ${w.sql ? `${w.sql} AND` : 'WHERE'} ((${COUNTS_CHANGED} AND day <= $2) OR day BETWEEN $1 AND $2)
     GROUP BY kelurahan_code, rw`,
    [from, to, ...w.params],
  );
  return rows.map((row) => ({
    kelurahanCode: String(row.kelurahan_code),
    rw: Number(row.rw),
    end: COUNT_COLUMNS.map((c) => Number(row[`e_${c}`] ?? 0)),
    before: COUNT_COLUMNS.map((c) => Number(row[`b_${c}`] ?? 0)),
    visits: Number(row.visits ?? 0),
    newIsoman: Number(row.new_isoman ?? 0),
  }));
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
  }>(
    `SELECT c.id, c.rw, c.rt, h.fields->'location' AS location, h.fields->>'street' AS street,
       h.fields->>'houseNumber' AS house_number,
       c.residents, c.map_status, c.active_isoman
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
    }));
}
