import type { Role, UserArea } from '@shared/auth/roles';
import type { User } from '@shared/auth/api';
import type { Queryable } from '../db/database';
import type { HashedSecret, ScryptParams } from './secrets';

/** Every SQL statement on users and device tokens, taking the transaction first. */

export type UserRow = {
  id: string;
  name: string;
  phone: string;
  role: Role;
  kelurahan_code: string | null;
  rw: number | null;
  rts: number[] | null;
  status: 'active' | 'revoked';
  created_at: Date | string;
};

export const USER_COLUMNS =
  'u.id, u.name, u.phone, u.role, u.kelurahan_code, u.rw, u.rts, u.status, u.created_at';

export function areaOf(row: Pick<UserRow, 'kelurahan_code' | 'rw' | 'rts'>): UserArea {
  return {
    kelurahanCode: row.kelurahan_code,
    rw: row.rw === null ? null : Number(row.rw),
    rts: (row.rts ?? []).map(Number).sort((a, b) => a - b),
  };
}

export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

export function userOf(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    role: row.role,
    area: areaOf(row),
    status: row.status,
    createdAt: iso(row.created_at),
  };
}

export type NewUser = {
  id: string;
  name: string;
  phone: string;
  role: Role;
  area: UserArea;
  createdBy: string | null;
};

export async function insertUser(tx: Queryable, user: NewUser): Promise<User> {
  const [row] = await tx.query<UserRow>(
    `INSERT INTO users AS u (id, name, phone, role, kelurahan_code, rw, rts, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${USER_COLUMNS}`,
    [
      user.id,
      user.name,
      user.phone,
      user.role,
      user.area.kelurahanCode,
      user.area.rw,
      user.area.rts,
      user.createdBy,
    ],
  );
  return userOf(row!);
}

export async function findUser(tx: Queryable, id: string): Promise<User | null> {
  const [row] = await tx.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [
    id,
  ]);
  return row ? userOf(row) : null;
}

/**
 * Stores a device's token (a device enrolled again replaces its old token: the old secret
 * stops working at once).
 */
export async function upsertDeviceToken(
  tx: Queryable,
  deviceId: string,
  userId: string,
  kelurahanCode: string | null,
  secret: HashedSecret,
): Promise<void> {
  await tx.query(
    `INSERT INTO device_tokens (device_id, user_id, kelurahan_code, secret_hash, salt, params)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (device_id) DO UPDATE SET user_id = excluded.user_id,
       kelurahan_code = excluded.kelurahan_code, secret_hash = excluded.secret_hash,
       salt = excluded.salt, params = excluded.params, created_at = now(),
       revoked_at = NULL, last_seen_at = NULL`,
    [deviceId, userId, kelurahanCode, secret.hash, secret.salt, JSON.stringify(secret.params)],
  );
}

export type TokenRow = UserRow & {
  device_id: string;
  secret_hash: Uint8Array;
  salt: Uint8Array;
  params: ScryptParams | string;
  token_revoked: boolean;
  seen_recently: boolean;
};

/** A device's token with its user: one indexed lookup, made on every authenticated request. */
export async function findDeviceToken(tx: Queryable, deviceId: string): Promise<TokenRow | null> {
  const [row] = await tx.query<TokenRow>(
    `SELECT t.device_id, t.secret_hash, t.salt, t.params,
            t.revoked_at IS NOT NULL AS token_revoked,
            coalesce(t.last_seen_at > now() - interval '1 minute', false) AS seen_recently,
            ${USER_COLUMNS}
     FROM device_tokens t JOIN users u ON u.id = t.user_id WHERE t.device_id = $1`,
    [deviceId],
  );
  return row ?? null;
}

export async function touchDeviceToken(tx: Queryable, deviceId: string): Promise<void> {
  await tx.query('UPDATE device_tokens SET last_seen_at = now() WHERE device_id = $1', [deviceId]);
}

/** Revokes one device's token; returns whether it was active. */
export async function revokeDeviceToken(tx: Queryable, deviceId: string): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE device_tokens SET revoked_at = now()
     WHERE device_id = $1 AND revoked_at IS NULL RETURNING device_id`,
    [deviceId],
  );
  return rows.length > 0;
}

/** Revokes a user, every token of theirs and their open invitations; returns the device ids. */
export async function revokeUser(tx: Queryable, userId: string): Promise<string[]> {
  await tx.query(
    `UPDATE users SET status = 'revoked', revoked_at = coalesce(revoked_at, now()) WHERE id = $1`,
    [userId],
  );
  const rows = await tx.query<{ device_id: string }>(
    `UPDATE device_tokens SET revoked_at = coalesce(revoked_at, now())
     WHERE user_id = $1 RETURNING device_id`,
    [userId],
  );
  // Their open invitations go with them.
  await tx.query(
    `UPDATE invitations SET deleted_at = now()
     WHERE created_by = $1 AND deleted_at IS NULL AND used_at IS NULL`,
    [userId],
  );
  return rows.map((r) => r.device_id);
}

export async function updateUserArea(tx: Queryable, userId: string, area: UserArea): Promise<User> {
  const [row] = await tx.query<UserRow>(
    `UPDATE users AS u SET kelurahan_code = $2, rw = $3, rts = $4 WHERE id = $1
     RETURNING ${USER_COLUMNS}`,
    [userId, area.kelurahanCode, area.rw, area.rts],
  );
  await tx.query('UPDATE device_tokens SET kelurahan_code = $2 WHERE user_id = $1', [
    userId,
    area.kelurahanCode,
  ]);
  return userOf(row!);
}
