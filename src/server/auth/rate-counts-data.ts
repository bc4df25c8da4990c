import type { Queryable } from '../db/database';

/** A window's count (0 when none is open) and when it ends, in epoch milliseconds. */
export type Window = { count: number; resetAt: number };
/** A counter: its scope (which limit), its key (an address, a code) and its window's length. */
export type Counter = { scope: string; key: string; windowMs: number };

type Row = { scope: string; key: string; count: number; reset_at: string };

/**
 * One statement (one round trip): counts one more in each of `hits`, opening a new window
 * where none is open at `now`, and reads `reads` as they stand. Answers the windows in the
 * order given, hits then reads (a read sees the counts from before this statement's hits, so
 * read counters other than those hit). Concurrent callers never lose a count: the upsert takes the
 * row's lock, and its RETURNING gives each caller the count its own hit made. Hits are
 * upserted in key order, so two statements sharing rows (the everyone counter) never deadlock.
 */
export async function countAndRead(
  q: Queryable,
  hits: readonly Counter[],
  reads: readonly Counter[],
  now: number,
): Promise<{ hits: Window[]; reads: Window[] }> {
  const byKey = (c: Counter) => `${c.scope}\u0000${c.key}`;
  const hitRows = [...new Map(hits.map((c) => [byKey(c), c])).values()]
    .sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1))
    .map((c) => ({ scope: c.scope, key: c.key, window_ms: c.windowMs }));
  const readRows = reads.map((c) => ({ scope: c.scope, key: c.key }));
  const rows = await q.query<Row & { hit: boolean }>(
    `WITH hit AS (
       INSERT INTO rate_counts AS r (scope, key, count, reset_at)
       SELECT scope, key, 1, $3::bigint + window_ms
       FROM jsonb_to_recordset($1::jsonb) AS h(scope text, key text, window_ms bigint)
       ORDER BY scope, key
       ON CONFLICT (scope, key) DO UPDATE SET
         count = CASE WHEN r.reset_at <= $3::bigint THEN 1 ELSE r.count + 1 END,
         reset_at = CASE WHEN r.reset_at <= $3::bigint THEN excluded.reset_at ELSE r.reset_at END
       RETURNING scope, key, count, reset_at)
     SELECT true AS hit, scope, key, count, reset_at FROM hit
     UNION ALL
     SELECT false, r.scope, r.key, r.count, r.reset_at
     FROM rate_counts r JOIN jsonb_to_recordset($2::jsonb) AS w(scope text, key text)
       ON r.scope = w.scope AND r.key = w.key
     WHERE r.reset_at > $3::bigint`,
    [JSON.stringify(hitRows), JSON.stringify(readRows), now],
  );
  const found = (hit: boolean, c: Counter): Window => {
    const row = rows.find((r) => r.hit === hit && r.scope === c.scope && r.key === c.key);
    return row ? { count: row.count, resetAt: Number(row.reset_at) } : { count: 0, resetAt: now };
  };
  return { hits: hits.map((c) => found(true, c)), reads: reads.map((c) => found(false, c)) };
}

/** Deletes the windows ended before `now`; answers how many. */
export async function sweepRateCounts(q: Queryable, now: number): Promise<number> {
  const [row] = await q.query<{ n: number }>(
    `WITH gone AS (DELETE FROM rate_counts WHERE reset_at <= $1 RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    [now],
  );
  return row?.n ?? 0;
}
