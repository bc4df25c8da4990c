import { z } from 'zod';

/**
 * The sealed envelope around a backup file. A backup holds every resident's name, NIK and
 * health status and travels through WhatsApp or Drive, so it is encrypted with a passphrase
 * the volunteer types (not the PIN: a 6-digit PIN is too short for a file that can be
 * attacked offline).
 *
 * Choice: PBKDF2-HMAC-SHA-256 with 600,000 iterations (OWASP 2023 minimum for SHA-256; the
 * only password KDF WebCrypto offers in every browser), random 16-byte salt, AES-256-GCM with a
 * random 12-byte IV. The header is bound to the ciphertext as GCM associated data, so a file
 * whose parameters were altered is refused like a wrong passphrase.
 */
export const SEALED_FORMAT = 'pintu-backup-encrypted';
export const SEALED_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** Above this a file could make the phone spin for minutes: refused as damaged. */
const MAX_ITERATIONS = 10_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

export const WRONG_PASSPHRASE = 'Kata sandi salah atau berkas rusak. Tidak ada data yang diubah.';

export class SealError extends Error {
  override name = 'SealError';
}

const envelopeSchema = z.object({
  format: z.literal(SEALED_FORMAT),
  version: z.literal(SEALED_VERSION),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(PBKDF2_ITERATIONS).max(MAX_ITERATIONS),
  salt: z.string(),
  cipher: z.literal('AES-256-GCM'),
  iv: z.string(),
  data: z.string(),
});
type Envelope = z.infer<typeof envelopeSchema>;

/** Whether parsed JSON claims to be a sealed backup (it may still be damaged). */
export function isSealed(json: unknown): boolean {
  return (json as { format?: unknown } | null)?.format === SEALED_FORMAT;
}

export async function seal(plain: string, passphrase: string): Promise<string> {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new SealError(`Kata sandi minimal ${MIN_PASSPHRASE_LENGTH} karakter.`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header = {
    format: SEALED_FORMAT,
    version: SEALED_VERSION,
    kdf: 'PBKDF2-SHA-256',
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(salt),
    cipher: 'AES-256-GCM',
    iv: toBase64(iv),
  } as const;
  const key = await deriveKey(passphrase, salt, header.iterations);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: headerBytes(header) },
    key,
    new TextEncoder().encode(plain),
  );
  return JSON.stringify({ ...header, data: toBase64(new Uint8Array(data)) } satisfies Envelope);
}

/** The plain backup text inside; a wrong passphrase or any altered byte throws SealError. */
export async function unseal(json: unknown, passphrase: string): Promise<string> {
  const parsed = envelopeSchema.safeParse(json);
  if (!parsed.success) throw new SealError(WRONG_PASSPHRASE);
  const { data, ...header } = parsed.data;
  try {
    const key = await deriveKey(passphrase, fromBase64(header.salt), header.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(header.iv), additionalData: headerBytes(header) },
      key,
      fromBase64(data),
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new SealError(WRONG_PASSPHRASE);
  }
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function headerBytes(header: Omit<Envelope, 'data'>): Uint8Array<ArrayBuffer> {
  const { format, version, kdf, iterations, salt, cipher, iv } = header;
  return new TextEncoder().encode(
    JSON.stringify([format, version, kdf, iterations, salt, cipher, iv]),
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole backup's bytes would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
