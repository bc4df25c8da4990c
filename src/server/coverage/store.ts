import type { HouseholdMapStatus } from '@shared/coverage/api';
import type { IsoDate } from '@shared/dates';
import type { Queryable } from '../db/database';
import {
  addInto,
  COUNT_COLUMNS,
  isZero,
  SUM_COLUMNS,
  vectorOfRow,
  zeroVector,
  type CountVector,
} from './counts';
import type { DatedChanges } from './dated';
import { datedRows } from './dated-rows';
import type { HouseholdState } from './household-state';

/** Every upkeep takes this lock shared; a rebuild takes it alone. An arbitrary constant. */
const COVERAGE_LOCK = 6_006_006;

/**
 * Serializes the upkeep of each household: two pushes touching one household (doses of two
 * of its residents, say) read its records one after the other, each after the other's commit.
 * Taken before the records are read back (under READ COMMITTED each statement sees what was
 * committed when it started). Sorted ids: concurrent pushes take the locks in one order.
 */
export async function lockHouseholds(tx: Queryable, ids: readonly string[]): Promise<void> {
  await tx.query(
    `SELECT count(*) FROM (
       SELECT pg_advisory_xact_lock_shared($1)
       UNION ALL
       SELECT pg_advisory_xact_lock(k) FROM
         (SELECT DISTINCT hashtextextended(id, 0) AS k FROM unnest($2::text[]) AS id ORDER BY 1) s
     ) l`,
    [COVERAGE_LOCK, ids],
  );
}

/** The worker's rounds, one at a time across every server process. An arbitrary constant. */
const WORKER_ROUND_LOCK = 6_006_008;

/**
 * Waits for any other process's worker round to commit, then holds the turn until this
 * transaction ends. Hence a round that finds the queue empty knows every push committed before
 * it started has been counted, whichever process took its rows (the dashboards' wait).
 */
export async function lockWorkerRound(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [WORKER_ROUND_LOCK]);
}

/** A rebuild runs alone: no upkeep reads or writes aggregates meanwhile. */
export async function lockCoverageExclusive(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [COVERAGE_LOCK]);
}

type StateRow = Record<string, unknown> & {
  id: string;
  kelurahan_code: string;
  rw: number;
  rt: number;
  map_status: HouseholdMapStatus;
  visit_days: Record<IsoDate, number>;
  isoman_days: Record<IsoDate, number>;
  dated: DatedChanges;
};

const STATE_COLUMNS = `id, kelurahan_code, rw, rt, ${COUNT_COLUMNS.join(', ')}, map_status,
  visit_days, isoman_days, dated`;

export async function readStates(
  tx: Queryable,
  where: { ids: readonly string[] } | { kelurahanCode: string },
): Promise<HouseholdState[]> {
  const rows =
    'ids' in where
      ? await tx.query<StateRow>(
          `SELECT s.* FROM unnest($1::uuid[]) AS u(id) CROSS JOIN LATERAL
             (SELECT ${STATE_COLUMNS} FROM coverage_households WHERE id = u.id OFFSET 0) s`,
          [where.ids],
        )
      : await tx.query<StateRow>(
          `SELECT ${STATE_COLUMNS} FROM coverage_households WHERE kelurahan_code = $1`,
          [where.kelurahanCode],
        );
  return rows.map((row) => ({
    id: row.id,
    kelurahanCode: row.kelurahan_code,
    rw: row.rw,
    rt: row.rt,
    counts: vectorOfRow(row),
    mapStatus: row.map_status,
    visitDays: row.visit_days,
    isomanDays: row.isoman_days,
    dated: row.dated,
  }));
}

/**
 * Replaces households' states and moves the RT counts and the day rows by the difference,
 * in one statement. `before`: the stored states (missing: the household adds nothing yet).
 * In coverage_days count changes are dated `today` (the day they reached the server: what was
 * recorded, summed per kelurahan in coverage_recorded_kelurahan), visits and new isoman
 * episodes by their own day; in the dated sums (migrations 012, 016, 017) every change is dated
 * by the records themselves.
 */
export async function writeStates(
  tx: Queryable,
  before: readonly HouseholdState[],
  after: readonly HouseholdState[],
  today: IsoDate,
): Promise<void> {
  const rt = new Map<string, { key: [string, number, number]; v: CountVector }>();
  const days = new Map<
    string,
    { key: [string, number, number, IsoDate]; v: CountVector; e: number[] }
  >();
  const rtOf = (s: HouseholdState) => {
    const k = `${s.kelurahanCode}|${s.rw}|${s.rt}`;
    let row = rt.get(k);
    if (!row) rt.set(k, (row = { key: [s.kelurahanCode, s.rw, s.rt], v: zeroVector() }));
    return row.v;
  };
  const dayOf = (s: HouseholdState, day: IsoDate) => {
    const k = `${s.kelurahanCode}|${s.rw}|${s.rt}|${day}`;
    let row = days.get(k);
    if (!row) {
      const key: [string, number, number, IsoDate] = [s.kelurahanCode, s.rw, s.rt, day];
      days.set(k, (row = { key, v: zeroVector(), e: [0, 0] }));
    }
    return row;
  };
  const apply = (s: HouseholdState, sign: number) => {
    addInto(rtOf(s), s.counts, sign);
    addInto(dayOf(s, today).v, s.counts, sign);
    for (const [day, n] of Object.entries(s.visitDays)) dayOf(s, day).e[0]! += sign * n;
    for (const [day, n] of Object.entries(s.isomanDays)) dayOf(s, day).e[1]! += sign * n;
  };
  for (const s of before) apply(s, -1);
  for (const s of after) apply(s, 1);

  const rtRows = [...rt.values()]
    .filter((r) => !isZero(r.v))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((r) => [...r.key, ...r.v]);
  const dayRows = [...days.values()]
    .filter((r) => !isZero(r.v) || !isZero(r.e))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((r) => [...r.key, ...r.v, ...r.e]);
  const stateRows = after.map((s) => [
    s.id,
    s.kelurahanCode,
    s.rw,
    s.rt,
    ...s.counts,
    s.mapStatus,
    s.visitDays,
    s.isomanDays,
    s.dated,
  ]);
  const dated = datedRows(before, after);
  await tx.query(
    `WITH w_households AS (
       INSERT INTO coverage_households (${STATE_COLUMNS})
       SELECT (r->>0)::uuid, r->>1, (r->>2)::smallint, (r->>3)::smallint,
         ${ints(4)}, r->>${4 + COUNT_COLUMNS.length}, r->${5 + COUNT_COLUMNS.length},
         r->${6 + COUNT_COLUMNS.length}, r->${7 + COUNT_COLUMNS.length}
       FROM jsonb_array_elements($1::jsonb) AS r
       ON CONFLICT (id) DO UPDATE SET ${['kelurahan_code', 'rw', 'rt', ...COUNT_COLUMNS]
         .concat('map_status', 'visit_days', 'isoman_days', 'dated')
         .map((c) => `${c} = excluded.${c}`)
         .join(', ')}
     ), w_rt AS (
       INSERT INTO coverage_rt AS t (kelurahan_code, rw, rt, ${COUNT_COLUMNS.join(', ')})
       SELECT r->>0, (r->>1)::smallint, (r->>2)::smallint, ${ints(3)}
       FROM jsonb_array_elements($2::jsonb) AS r
       ON CONFLICT (kelurahan_code, rw, rt) DO UPDATE SET ${added(COUNT_COLUMNS)}
     ), w_dated_rt AS (
       INSERT INTO coverage_dated_rt AS t (kelurahan_code, rw, rt, day, ${COUNT_COLUMNS.join(', ')})
       SELECT r->>0, (r->>1)::smallint, (r->>2)::smallint, (r->>3)::date, ${ints(4)}
       FROM jsonb_array_elements($4::jsonb) AS r
       ON CONFLICT (kelurahan_code, rw, rt, day) DO UPDATE SET ${added(COUNT_COLUMNS)}
     ), w_dated_kelurahan AS (
       INSERT INTO coverage_dated_kelurahan AS t (kelurahan_code, day, ${COUNT_COLUMNS.join(', ')})
       SELECT r->>0, (r->>1)::date, ${ints(2)}
       FROM jsonb_array_elements($6::jsonb) AS r
       ON CONFLICT (kelurahan_code, day) DO UPDATE SET ${added(COUNT_COLUMNS)}
     ), w_dated_rw AS (
       INSERT INTO coverage_dated_rw AS t (kelurahan_code, node, rw, ${COUNT_COLUMNS.join(', ')})
       SELECT r->>0, (r->>1)::int, (r->>2)::smallint, ${ints(3)}
       FROM jsonb_array_elements($5::jsonb) AS r
       ON CONFLICT (kelurahan_code, node, rw) DO UPDATE SET ${added(COUNT_COLUMNS)}
     ), w_dated_kelurahan_tree AS (
       INSERT INTO coverage_dated_kelurahan_tree AS t (node, kelurahan_code, ${COUNT_COLUMNS.join(', ')})
       SELECT (r->>0)::int, r->>1, ${ints(2)}
       FROM jsonb_array_elements($7::jsonb) AS r
       ON CONFLICT (node, kelurahan_code) DO UPDATE SET ${added(COUNT_COLUMNS)}
     ), w_dated_city AS (
       INSERT INTO coverage_dated_city AS t (day, ${COUNT_COLUMNS.join(', ')})
       SELECT (r->>0)::date, ${ints(1)}
       FROM jsonb_array_elements($8::jsonb) AS r
       ON CONFLICT (day) DO UPDATE SET ${added(COUNT_COLUMNS)}
     ), w_recorded_kelurahan AS (
       INSERT INTO coverage_recorded_kelurahan AS t (day, kelurahan_code, ${RECORDED.join(', ')})
       SELECT (r->>0)::date, r->>1, ${ints(2, RECORDED.length)}
       FROM jsonb_array_elements($9::jsonb) AS r
       ON CONFLICT (day, kelurahan_code) DO UPDATE SET ${added(RECORDED)}
     )
     INSERT INTO coverage_days AS t (kelurahan_code, rw, rt, day, ${COUNT_COLUMNS.join(', ')},
       visits, new_isoman)
     SELECT r->>0, (r->>1)::smallint, (r->>2)::smallint, (r->>3)::date,
       ${ints(4, COUNT_COLUMNS.length + 2)}
     FROM jsonb_array_elements($3::jsonb) AS r
     ON CONFLICT (kelurahan_code, rw, rt, day) DO UPDATE SET
       ${added([...COUNT_COLUMNS, 'visits', 'new_isoman'])}`,
    [
      JSON.stringify(stateRows),
      JSON.stringify(rtRows),
      JSON.stringify(dayRows),
      JSON.stringify(dated.rt),
      JSON.stringify(dated.rw),
      JSON.stringify(dated.kelurahan),
      JSON.stringify(dated.kelurahanTree),
      JSON.stringify(dated.city),
      JSON.stringify(recordedRows(dayRows)),
    ],
  );
}

/** The counts whose changes reaching the server are the "recorded" figures. */
const RECORDED = ['dosis1', 'lengkap', 'booster'];

/**
 * coverage_recorded_kelurahan's rows (migration 017) from coverage_days' rows (kelurahan, rw,
 * rt, day, counts…): per day and kelurahan, the changes of the recorded counts, sorted.
 */
function recordedRows(dayRows: readonly unknown[][]): unknown[][] {
  const at = RECORDED.map((c) => 4 + COUNT_COLUMNS.indexOf(c));
  const sums = new Map<string, { key: [IsoDate, string]; v: number[] }>();
  for (const row of dayRows) {
    const key: [IsoDate, string] = [row[3] as IsoDate, row[0] as string];
    const k = key.join('|');
    let sum = sums.get(k);
    if (!sum) sums.set(k, (sum = { key, v: RECORDED.map(() => 0) }));
    at.forEach((col, i) => (sum.v[i]! += row[col] as number));
  }
  return [...sums.values()]
    .filter((r) => !isZero(r.v))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((r) => [...r.key, ...r.v]);
}

/** The RT rows of a kelurahan as the sums of its household rows. */
export async function sumRtRows(tx: Queryable, kelurahanCode: string): Promise<void> {
  await tx.query('DELETE FROM coverage_rt WHERE kelurahan_code = $1', [kelurahanCode]);
  await tx.query(
    `INSERT INTO coverage_rt (kelurahan_code, rw, rt, ${COUNT_COLUMNS.join(', ')})
     SELECT kelurahan_code, rw, rt, ${SUM_COLUMNS} FROM coverage_households
     WHERE kelurahan_code = $1 GROUP BY kelurahan_code, rw, rt`,
    [kelurahanCode],
  );
}

/** `(r->>4)::int, (r->>5)::int, …` for `count` array elements from `from`. */
function ints(from: number, count = COUNT_COLUMNS.length): string {
  return Array.from({ length: count }, (_, i) => `(r->>${from + i})::int`).join(', ');
}

function added(columns: readonly string[]): string {
  return columns.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ');
}

function compareKeys(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return 0;
}
