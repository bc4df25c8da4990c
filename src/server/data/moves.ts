import type { Queryable } from '../db/database';
import { TABLE_OF } from './records';

export type HouseholdMove = {
  householdId: string;
  from: { kelurahanCode: string; rw: number; rt: number };
  to: { kelurahanCode: string; rw: number; rt: number };
  /** The HLC of the household's new place; the children's area fields take it. */
  hlc: string;
};

const CHILD_TABLES = [
  TABLE_OF.resident,
  TABLE_OF.isoman,
  TABLE_OF.dose,
  TABLE_OF.visit,
  TABLE_OF.followup,
];

/**
 * Moves households and every record under them to their new place, in one statement per
 * household: the area columns (the kelurahan too, which is part of the primary key), the
 * area fields and their HLCs, and txid, so pulls of the new area bring them. Runs before the
 * batch's records are written, so the household's own upsert then finds its row in place.
 */
export async function moveHouseholds(tx: Queryable, moves: readonly HouseholdMove[]) {
  for (const m of moves) {
    const set = `kelurahan_code = $2::text, rw = $3::int, rt = $4::int,
      txid = pg_current_xact_id(), updated_at = now()`;
    const children = CHILD_TABLES.map(
      (table) =>
        `m_${table} AS (UPDATE ${table} SET ${set},
          fields = fields || jsonb_build_object('kelurahanCode', $2::text, 'rw', $3::int, 'rt', $4::int),
          hlc = hlc || jsonb_build_object('kelurahanCode', $6::text, 'rw', $6::text, 'rt', $6::text)
          WHERE household_id = $1::uuid AND kelurahan_code = $5::text)`,
    );
    await tx.query(
      `WITH ${children.join(',\n')}
       UPDATE households SET ${set} WHERE id = $1::uuid AND kelurahan_code = $5::text`,
      [m.householdId, m.to.kelurahanCode, m.to.rw, m.to.rt, m.from.kelurahanCode, m.hlc],
    );
  }
}
