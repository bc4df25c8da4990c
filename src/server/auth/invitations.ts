import type { CreatedInvitation } from '@shared/auth/api';
import type { Role, UserArea } from '@shared/auth/roles';
import { uuidv7 } from '@shared/ids';
import type { Queryable } from '../db/database';
import { formatCode, hashCode, newCode, normalizeCode } from './secrets';
import { insertInvitation, invitationOf } from './invitations-data';

export const INVITATION_DAYS = 7;

/** Where the app opens an invitation: relative, so it works on any host the app is served from. */
export function invitationLink(code: string): string {
  return `/daftar?kode=${formatCode(normalizeCode(code))}`;
}

export type InvitationInput = {
  role: Role;
  area: UserArea;
  name?: string | null;
  createdBy: string | null;
  /** A fixed code (the demo's); a fresh random one by default. */
  code?: string;
  multiUse?: boolean;
  days?: number;
};

/**
 * Stores an invitation and returns it with its code, which is shown this once (only its hash
 * is kept). Permission checks are the caller's (routes/invitations.ts).
 */
export async function createInvitation(
  tx: Queryable,
  input: InvitationInput,
): Promise<CreatedInvitation | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = input.code ? normalizeCode(input.code) : newCode();
    const expiresAt = new Date(Date.now() + (input.days ?? INVITATION_DAYS) * 86_400_000);
    const row = await insertInvitation(tx, {
      id: uuidv7(),
      codeHash: hashCode(code),
      role: input.role,
      area: input.area,
      name: input.name ?? null,
      createdBy: input.createdBy,
      expiresAt,
      multiUse: input.multiUse ?? false,
    });
    if (row) return { ...invitationOf(row), code: formatCode(code), link: invitationLink(code) };
    if (input.code) return null; // a fixed code already there
  }
  throw new Error('no free invitation code after 5 draws');
}
