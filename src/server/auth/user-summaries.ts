import type { UserSummary } from '@shared/auth/api';
import { areaWithin, type UserArea } from '@shared/auth/roles';
import type { Queryable } from '../db/database';
import { iso, USER_COLUMNS, userOf, type UserRow } from './users-data';

type SummaryRow = UserRow & {
  last_sync_at: Date | string | null;
  devices: string | number;
  changes: string | number;
  changes_7d: string | number;
};

/**
 * The people whose area lies inside `area`, with their devices' last sync (the later of the
 * token's last use and the device's last push), active devices, and the changes applied from
 * their devices (receipts). Receipts have no index by device: this scans them, which is fine
 * for a kelurahan's screen; a city-wide list would want one.
 */
export async function listUserSummaries(tx: Queryable, area: UserArea): Promise<UserSummary[]> {
  const rows = await tx.query<SummaryRow>(
    `WITH people AS (
       SELECT ${USER_COLUMNS} FROM users u
       WHERE ($1::text IS NULL OR u.kelurahan_code = $1) AND ($2::smallint IS NULL OR u.rw = $2)
     ),
     tokens AS (
       SELECT t.user_id, t.device_id, t.revoked_at, greatest(t.last_seen_at, d.last_push_at) AS seen
       FROM device_tokens t LEFT JOIN devices d ON d.device_id = t.device_id
       WHERE t.user_id IN (SELECT id FROM people)
     ),
     counts AS (
       SELECT t.user_id, count(*) AS changes,
              count(*) FILTER (WHERE r.created_at > now() - interval '7 days') AS changes_7d
       FROM receipts r JOIN tokens t ON t.device_id = r.device_id
       WHERE r.status = 'applied' AND ($1::text IS NULL OR r.kelurahan_code = $1)
       GROUP BY t.user_id
     )
     SELECT p.*,
       (SELECT max(seen) FROM tokens WHERE tokens.user_id = p.id) AS last_sync_at,
       (SELECT count(*) FROM tokens WHERE tokens.user_id = p.id AND revoked_at IS NULL) AS devices,
       coalesce(c.changes, 0) AS changes, coalesce(c.changes_7d, 0) AS changes_7d
     FROM people p LEFT JOIN counts c ON c.user_id = p.id
     ORDER BY p.status, p.role, p.name`,
    [area.kelurahanCode, area.rw],
  );
  return rows
    .map((row) => ({
      ...userOf(row),
      lastSyncAt: row.last_sync_at === null ? null : iso(row.last_sync_at),
      devices: Number(row.devices),
      changes: Number(row.changes),
      changesLast7Days: Number(row.changes_7d),
    }))
    .filter((user) => areaWithin(area, user.area));
}
