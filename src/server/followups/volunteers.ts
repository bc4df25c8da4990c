import type { Assignee } from '@shared/followups/api';
import type { Queryable } from '../db/database';

/** Active relawan and ketua RW of an RW (accounts, migration 004): who may be given follow-ups. */
export async function findAssignees(
  q: Queryable,
  kelurahanCode: string,
  rw: number,
): Promise<Assignee[]> {
  const rows = await q.query<{ id: string; name: string; role: Assignee['role']; rts: number[] }>(
    `SELECT id, name, role, rts FROM users
     WHERE kelurahan_code = $1 AND rw = $2 AND status = 'active'
       AND role IN ('relawan', 'ketua-rw')
     ORDER BY name, id`,
    [kelurahanCode, rw],
  );
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, rts: r.rts.map(Number) }));
}
