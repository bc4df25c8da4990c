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
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

export async function checkPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  const expected = fromBase64(verifier.hash);
  const actual = await derive(pin, fromBase64(verifier.salt), verifier.iterations);
  return equalInConstantTime(actual, expected);
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
    256,
  );
  return new Uint8Array(bits);
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
