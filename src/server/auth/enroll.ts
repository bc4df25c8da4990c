import type { EnrollRequest, EnrollResponse } from '@shared/auth/api';
import { uuidv7 } from '@shared/ids';
import type { Database } from '../db/database';
import { ApiError } from '../errors';
import { forgetDevice } from './authenticate';
import { findUsableInvitation, lockInvitationByCode, markInvitationUsed } from './invitations-data';
import { hashCode, hashSecret, newDeviceToken, normalizeCode, CODE_LENGTH } from './secrets';
import { areaOf, insertUser, upsertDeviceToken } from './users-data';

export const INVALID_CODE_MESSAGE = 'Kode undangan salah, sudah dipakai, atau sudah kedaluwarsa.';

export function invalidCode(): ApiError {
  return new ApiError(400, 'invalid-code', INVALID_CODE_MESSAGE);
}

/**
 * An invitation code becomes a user and a device token, in one transaction: the invitation is
 * locked, checked (not used unless multi-use, not expired, not withdrawn) and marked used; the
 * user gets the invitation's role and area. The device's earlier token, if any, is replaced.
 * Throws `invalid-code` for any code that cannot be used (without saying why).
 */
export async function enroll(db: Database, request: EnrollRequest): Promise<EnrollResponse> {
  const code = normalizeCode(request.code);
  if (code.length !== CODE_LENGTH) throw invalidCode();
  const codeHash = hashCode(code);
  // A bad code is refused before the slow hash, so guessing costs the server little; the
  // transaction checks again under a lock.
  if (!(await findUsableInvitation(db, codeHash))) throw invalidCode();
  const { token, secret } = newDeviceToken(request.deviceId);
  const hashed = await hashSecret(secret); // slow: outside the transaction
  const user = await db.transaction(async (tx) => {
    const invitation = await lockInvitationByCode(tx, codeHash);
    if (!invitation?.usable) throw invalidCode();
    const area = areaOf(invitation);
    const created = await insertUser(tx, {
      id: uuidv7(),
      name: request.name,
      phone: request.phone,
      role: invitation.role,
      area,
      createdBy: invitation.created_by,
    });
    await markInvitationUsed(tx, invitation.id, created.id);
    await upsertDeviceToken(tx, request.deviceId, created.id, area.kelurahanCode, hashed);
    return created;
  });
  forgetDevice(request.deviceId);
  return { token, user };
}
