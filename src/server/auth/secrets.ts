import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from 'node:crypto';
import { UUID_PATTERN } from '@shared/ids';

/**
 * The secrets of sign-in and how they are kept: invitation codes (8 characters, stored as
 * sha256) and device tokens `<deviceId>.<secret>` (the secret stored as a salted scrypt hash).
 */

/** No 0/O, 1/I/L, 5/S, 8/B, 2/Z: a code read aloud or copied by hand stays the same. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const CODE_LENGTH = 8;

/** A fresh invitation code, 8 characters (≈ 37 bits). */
export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** `abcd efgh`, `ABCD-EFGH` and `abcdefgh` are the same code. */
export function normalizeCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** As people see it: `ABCD-EFGH`. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}`;
}

/** The lookup key of a code; the code itself is never stored. */
export function hashCode(code: string): Buffer {
  return createHash('sha256')
    .update(`pintu-invitation:${normalizeCode(code)}`)
    .digest();
}

export type ScryptParams = { N: number; r: number; p: number; keylen: number };

/** Slow on purpose, so guessing costs; each device's verified token is cached. */
export const SCRYPT_PARAMS: ScryptParams = { N: 16384, r: 8, p: 1, keylen: 32 };

function scryptAsync(secret: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      secret,
      salt,
      params.keylen,
      { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export type HashedSecret = { hash: Buffer; salt: Buffer; params: ScryptParams };

/** The parameters are stored with the hash; tests' fixtures may pass cheaper ones. */
export async function hashSecret(
  secret: string,
  params: ScryptParams = SCRYPT_PARAMS,
): Promise<HashedSecret> {
  const salt = randomBytes(16);
  return { hash: await scryptAsync(secret, salt, params), salt, params };
}

export async function verifySecret(secret: string, stored: HashedSecret): Promise<boolean> {
  const hash = await scryptAsync(secret, stored.salt, stored.params);
  return hash.length === stored.hash.length && timingSafeEqual(hash, stored.hash);
}

/** A new device token for a device: the token to hand out once, and its secret. */
export function newDeviceToken(deviceId: string): { token: string; secret: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `${deviceId}.${secret}`, secret };
}

/** `Bearer <deviceId>.<secret>` → its parts, or null for anything else. */
export function parseBearer(
  header: string | undefined,
): { deviceId: string; secret: string } | null {
  const match = /^Bearer ([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(header?.trim() ?? '');
  if (!match || !UUID_PATTERN.test(match[1]!)) return null;
  return { deviceId: match[1]!, secret: match[2]! };
}
