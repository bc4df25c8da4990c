import type { Invitation } from '@shared/auth/api';
import type { Role, UserArea } from '@shared/auth/roles';
import type { Queryable } from '../db/database';
import { areaOf, iso } from './users-data';

/** Every SQL statement on invitations, taking the transaction first. */

export type InvitationRow = {
  id: string;
  role: Role;
  kelurahan_code: string | null;
  rw: number | null;
  rts: number[] | null;
  name: string | null;
  multi_use: boolean;
  created_by: string | null;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | string | null;
  deleted_at: Date | string | null;
};

const COLUMNS =
  'id, role, kelurahan_code, rw, rts, name, multi_use, created_by, created_at, expires_at, used_at, deleted_at';

export function invitationOf(row: InvitationRow): Invitation {
  return {
    id: row.id,
    role: row.role,
    area: areaOf(row),
    name: row.name,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
    usedAt: row.used_at === null ? null : iso(row.used_at),
  };
}

export type NewInvitation = {
  id: string;
  codeHash: Buffer;
  role: Role;
  area: UserArea;
  name: string | null;
  createdBy: string | null;
  expiresAt: Date;
  multiUse?: boolean;
};

/** Inserts an invitation; null when its code hash is taken (draw another code). */
export async function insertInvitation(
  tx: Queryable,
  inv: NewInvitation,
): Promise<InvitationRow | null> {
  const [row] = await tx.query<InvitationRow>(
    `INSERT INTO invitations
       (id, code_hash, role, kelurahan_code, rw, rts, name, created_by, expires_at, multi_use)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (code_hash) DO NOTHING RETURNING ${COLUMNS}`,
    [
      inv.id,
      inv.codeHash,
      inv.role,
      inv.area.kelurahanCode,
      inv.area.rw,
      inv.area.rts,
      inv.name,
      inv.createdBy,
      inv.expiresAt.toISOString(),
      inv.multiUse ?? false,
    ],
  );
  return row ?? null;
}

/** The invitation with this code, locked until the enrollment's transaction ends. */
export async function lockInvitationByCode(
  tx: Queryable,
  codeHash: Buffer,
): Promise<(InvitationRow & { usable: boolean }) | null> {
  const [row] = await tx.query<InvitationRow & { usable: boolean }>(
    `SELECT ${COLUMNS},
       (${USABLE}) AS usable
     FROM invitations WHERE code_hash = $1 FOR UPDATE`,
    [codeHash],
  );
  return row ?? null;
}

const USABLE = 'deleted_at IS NULL AND expires_at > now() AND (multi_use OR used_at IS NULL)';

/** Whether a usable invitation has this code (no lock: a quick check before the slow work). */
export async function findUsableInvitation(tx: Queryable, codeHash: Buffer): Promise<boolean> {
  const rows = await tx.query(`SELECT 1 FROM invitations WHERE code_hash = $1 AND ${USABLE}`, [
    codeHash,
  ]);
  return rows.length > 0;
}

export async function markInvitationUsed(tx: Queryable, id: string, userId: string): Promise<void> {
  await tx.query(
    `UPDATE invitations SET used_at = coalesce(used_at, now()), used_by = coalesce(used_by, $2)
     WHERE id = $1`,
    [id, userId],
  );
}

/** Open and recent invitations (not withdrawn) of one kelurahan, or of all for null. */
export async function listInvitations(
  tx: Queryable,
  kelurahanCode: string | null,
): Promise<InvitationRow[]> {
  return tx.query<InvitationRow>(
    `SELECT ${COLUMNS} FROM invitations
     WHERE deleted_at IS NULL AND ($1::text IS NULL OR kelurahan_code = $1)
       AND expires_at > now() - interval '30 days'
     ORDER BY created_at DESC LIMIT 500`,
    [kelurahanCode],
  );
}

export async function findInvitation(tx: Queryable, id: string): Promise<InvitationRow | null> {
  const [row] = await tx.query<InvitationRow>(`SELECT ${COLUMNS} FROM invitations WHERE id = $1`, [
    id,
  ]);
  return row ?? null;
}

export async function deleteInvitation(tx: Queryable, id: string): Promise<void> {
  await tx.query('UPDATE invitations SET deleted_at = now() WHERE id = $1', [id]);
}
