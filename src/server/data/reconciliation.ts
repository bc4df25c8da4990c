import type { IsoDate } from '@shared/dates';
import type { DoseFields } from '@shared/domain/dose';
import type { Queryable } from '../db/database';

/** A dose to reconcile with its resident and household, as stored. */
export type ReconciliationRow = {
  id: string;
  rw: number;
  rt: number;
  household_id: string;
  resident_id: string;
  fields: DoseFields;
  resident: { name: string; nik?: string | null; birthDate?: IsoDate | null };
  household: { headName: string; street: string; houseNumber?: string | null };
};

/**
 * The doses of a kelurahan (or one RW, or one RT of it) the puskesmas must reconcile: stated
 * only (no proof, or `ucapan`) or proven by a certificate QR that disagrees with the resident
 * (the rules of shared/domain/dose-proof.ts, written here as SQL), of residents living here
 * (`aktif`, as coverage counts them), none of the three deleted. Placed by the household's RW
 * and RT, which is what the viewer's scope was checked against.
 */
export async function readDosesToReconcile(
  q: Queryable,
  area: { kelurahanCode: string; rw: number | null; rt: number | null },
): Promise<ReconciliationRow[]> {
  return q.query<ReconciliationRow>(
    `SELECT d.id, h.rw, h.rt, d.household_id, d.resident_id, d.fields,
       r.fields AS resident, h.fields AS household
     FROM doses d
     JOIN residents r ON r.kelurahan_code = d.kelurahan_code AND r.id = d.resident_id
     JOIN households h ON h.kelurahan_code = d.kelurahan_code AND h.id = d.household_id
     WHERE d.kelurahan_code = $1 AND ($2::int IS NULL OR h.rw = $2)
       AND ($3::int IS NULL OR h.rt = $3)
       AND NOT d.deleted AND NOT r.deleted AND NOT h.deleted
       AND r.fields ->> 'residenceStatus' = 'aktif'
       AND (coalesce(d.fields ->> 'proof', 'ucapan') = 'ucapan'
         OR (d.fields ->> 'proof' = 'qr'
           AND jsonb_typeof(d.fields -> 'proofMismatch') = 'array'
           AND jsonb_array_length(d.fields -> 'proofMismatch') > 0))
     ORDER BY h.rw, h.rt, h.fields ->> 'street', h.fields ->> 'houseNumber', d.household_id,
       r.fields ->> 'name', d.resident_id, d.fields ->> 'date', d.id`,
    [area.kelurahanCode, area.rw, area.rt],
  );
}
