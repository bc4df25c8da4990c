import type { EntityName, EntityRecord } from '@shared/domain/entities';
import type { Queryable } from '../db/database';
import { TABLE_OF } from '../data/records';

export type RwArea = { kelurahanCode: string; rw: number; rt?: number | undefined };

export type AreaRecords = {
  households: EntityRecord['household'][];
  residents: EntityRecord['resident'][];
  doses: EntityRecord['dose'][];
  visits: EntityRecord['visit'][];
  isoman: EntityRecord['isoman'][];
  followups: EntityRecord['followup'][];
};

/**
 * Every record of an RW (or one RT of it), tombstones included, without their HLCs (the rules
 * here read values only; `hlc` is left empty, half the bytes of a row). An
 * RW is about 2,500 residents: read whole through the pull index's (kelurahan_code, rw)
 * prefix. Table by table, not in one snapshot: a list for handing out work may lag a push by
 * a moment, and a follow-up given from it is closed on the phone by the same rules anyway.
 */
export async function readRwRecords(q: Queryable, area: RwArea): Promise<AreaRecords> {
  const read = async <E extends EntityName>(entity: E): Promise<EntityRecord[E][]> => {
    const params: unknown[] = [area.kelurahanCode, area.rw];
    let where = 'kelurahan_code = $1 AND rw = $2';
    if (area.rt !== undefined) {
      params.push(area.rt);
      where += ' AND rt = $3';
    }
    const rows = await q.query<{
      id: string;
      fields: Record<string, unknown>;
      deleted: boolean;
    }>(`SELECT id, fields, deleted FROM ${TABLE_OF[entity]} WHERE ${where}`, params);
    return rows.map(
      (r) => ({ ...r.fields, id: r.id, hlc: {}, ...(r.deleted ? { deleted: true } : {}) }) as never,
    );
  };
  const [households, residents, doses, visits, isoman, followups] = await Promise.all([
    read('household'),
    read('resident'),
    read('dose'),
    read('visit'),
    read('isoman'),
    read('followup'),
  ]);
  return { households, residents, doses, visits, isoman, followups };
}
