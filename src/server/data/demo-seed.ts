import type { Queryable } from '../db/database';

export type DemoPlan = { kelurahanCode: string; seed: number; asOf: string };

/**
 * Plans the demo for these kelurahan. By default only into a database with no field data and
 * no demo planned before: real data is never mixed with invented people. `extend` adds
 * kelurahan to a database that holds demo data only (no device ever pushed), for city scale.
 * Returns whether it planned.
 */
export async function planDemo(
  tx: Queryable,
  plans: readonly DemoPlan[],
  extend = false,
): Promise<boolean> {
  const [row] = await tx.query<{ ok: boolean }>(
    extend
      ? 'SELECT NOT EXISTS (SELECT 1 FROM receipts) AS ok'
      : `SELECT NOT EXISTS (SELECT 1 FROM households) AND NOT EXISTS (SELECT 1 FROM demo_seed) AS ok`,
  );
  if (!row?.ok) return false;
  await tx.query(
    `INSERT INTO demo_seed (kelurahan_code, seed, as_of)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS p(kelurahan_code text, seed int, as_of date)
     ON CONFLICT DO NOTHING`,
    [
      JSON.stringify(
        plans.map((p) => ({ kelurahan_code: p.kelurahanCode, seed: p.seed, as_of: p.asOf })),
      ),
    ],
  );
  return true;
}

/** Planned kelurahan whose records are not all in yet. */
export async function unfinishedDemo(q: Queryable): Promise<DemoPlan[]> {
  const rows = await q.query<{ kelurahan_code: string; seed: number; as_of: string }>(
    `SELECT kelurahan_code, seed, to_char(as_of, 'YYYY-MM-DD') AS as_of
     FROM demo_seed WHERE finished_at IS NULL ORDER BY kelurahan_code`,
  );
  return rows.map((r) => ({ kelurahanCode: r.kelurahan_code, seed: r.seed, asOf: r.as_of }));
}

export async function finishDemo(q: Queryable, kelurahanCode: string): Promise<void> {
  await q.query('UPDATE demo_seed SET finished_at = now() WHERE kelurahan_code = $1', [
    kelurahanCode,
  ]);
}
