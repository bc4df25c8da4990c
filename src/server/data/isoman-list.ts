import type { IsoDate } from '@shared/dates';
import type { Queryable } from '../db/database';

/** An episode of active isoman with its resident and household, as stored. */
export type ActiveIsomanRow = {
  id: string;
  rw: number;
  rt: number;
  household_id: string;
  resident_id: string;
  fields: { startDate: IsoDate; expectedEndDate: IsoDate };
  resident: {
    name: string;
    birthDate?: IsoDate | null;
    ageYears?: number | null;
    ageAsOf?: IsoDate | null;
  };
  household: { headName: string; street: string; houseNumber?: string | null };
};

/**
 * The isoman episodes of a kelurahan (or one RW of it) open on `today`: started, no outcome,
 * not deleted, of a resident and household not deleted (the rule of isIsomanActive). One
 * statement over the kelurahan's isoman rows, joined by primary key.
 */
export async function readActiveIsoman(
  q: Queryable,
  area: { kelurahanCode: string; rw: number | null },
  today: IsoDate,
): Promise<ActiveIsomanRow[]> {
  return q.query<ActiveIsomanRow>(
    `SELECT i.id, i.rw, i.rt, i.household_id, i.resident_id, i.fields,
       r.fields AS resident, h.fields AS household
     FROM isoman i
     JOIN residents r ON r.kelurahan_code = i.kelurahan_code AND r.id = i.resident_id
     JOIN households h ON h.kelurahan_code = i.kelurahan_code AND h.id = i.household_id
     WHERE i.kelurahan_code = $1 AND ($2::int IS NULL OR i.rw = $2)
       AND NOT i.deleted AND NOT r.deleted AND NOT h.deleted
       AND i.fields ->> 'outcome' IS NULL AND i.fields ->> 'startDate' <= $3
     ORDER BY i.rw, i.rt, i.household_id, i.fields ->> 'startDate', i.id`,
    [area.kelurahanCode, area.rw, today],
  );
}
