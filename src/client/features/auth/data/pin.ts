import type { PinVerifier } from '@client/sync';

/**
 * The PIN check on the phone, with WebCrypto only (no library, nothing on the first screen):
 * PBKDF2-SHA-256 of the PIN with a random 16-byte salt gives the verifier; unlocking derives
 * again and compares in constant time. The PIN itself is never stored.
 *
 * A 6-digit PIN has only a million values, so the verifier slows a thief who copies the
 * phone's storage, it does not stop one; what protects the data is the short time to revoke
 * the device (docs/api.md). The iterations are stored with the verifier, so they can grow.
 */
export const PIN_ITERATIONS = 210_000;
export const PIN_LENGTH = 6;

export async function makePinVerifier(
  pin: string,
  iterations = PIN_ITERATIONS,
): Promise<PinVerifier> {
  return (await makePinSecrets(pin, iterations)).verifier;
}

/**
 * The verifier and the key that wraps the phone's data key (src/client/db/at-rest-key.ts),
 * from one PBKDF2 of 512 bits: its first 256 bits are the verifier's hash (PBKDF2's blocks
 * are independent, so this is the hash a 256-bit derivation gives), the last 256 the
 * wrapping key, which is never stored.
 */
export async function makePinSecrets(
  pin: string,
  iterations = PIN_ITERATIONS,
): Promise<{ verifier: PinVerifier; wrapKey: Uint8Array }> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const bits = await derive(pin, salt, iterations);
  const verifier: PinVerifier = {
    algorithm: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    hash: toBase64(bits.subarray(0, 32)),
  };
  return { verifier, wrapKey: bits.slice(32) };
}

/** The wrapping key if the PIN is right, else null (one derivation either way). */
export async function openWithPin(pin: string, verifier: PinVerifier): Promise<Uint8Array | null> {
  const expected = fromBase64(verifier.hash);
  const bits = await derive(pin, fromBase64(verifier.salt), verifier.iterations);
  return equalInConstantTime(bits.subarray(0, 32), expected) ? bits.slice(32) : null;
}

export async function checkPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  return (await openWithPin(pin, verifier)) !== null;
}

/** Compares every byte whatever the first difference, so timing tells nothing. */
export function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/** Six digits, and not one a thief tries first (all the same, or counting up or down). */
export function pinProblem(pin: string): string | null {
  if (!/^\d{6}$/.test(pin)) return 'PIN harus 6 angka.';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
  if (steps.size === 1 && [0, 1, -1].includes([...steps][0]!)) {
    return 'PIN ini terlalu mudah ditebak. Pilih angka lain.';
  }
  return null;
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(pin),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    512,
  );
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
