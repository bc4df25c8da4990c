import type { User } from '@shared/auth/api';
import type { PintuDb } from '../db/db';

/**
 * Who this device is signed in as, in `meta` under `auth` (one record, so a half-written
 * sign-in cannot exist). The service worker reads the token from the same place
 * (src/sw/idb-outbox.ts). Backups never include it (src/client/db/backup.ts skips `auth`).
 */
export const AUTH_KEY = 'auth';

/** PBKDF2-SHA-256 of the PIN: the PIN itself is never stored. Bytes are base64. */
export type PinVerifier = {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
};

export type SignedIn = {
  status: 'active';
  /** `<deviceId>.<secret>`: sent as `Authorization: Bearer …` on every API call. */
  token: string;
  deviceId: string;
  user: User;
  pin: PinVerifier;
  enrolledAt: number;
};

/** Left after the server revoked this device: why the data is gone, without personal data. */
export type Revoked = {
  status: 'revoked';
  revokedAt: number;
  /** Changes that were still waiting to be sent and were deleted with the rest. */
  unsentDeleted: number;
  /** Why, when not the server's revocation: ten wrong PINs in a row on this phone. */
  reason?: 'wrong-pins';
};

export type AuthRecord = SignedIn | Revoked;

export async function readAuth(db: PintuDb): Promise<AuthRecord | null> {
  const value = (await db.meta.get(AUTH_KEY))?.value as AuthRecord | undefined;
  return value?.status === 'active' || value?.status === 'revoked' ? value : null;
}

export async function readSignedIn(db: PintuDb): Promise<SignedIn | null> {
  const auth = await readAuth(db);
  return auth?.status === 'active' ? auth : null;
}

export async function readToken(db: PintuDb): Promise<string | null> {
  return (await readSignedIn(db))?.token ?? null;
}
