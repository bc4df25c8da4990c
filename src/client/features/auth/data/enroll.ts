import { db as appDb, type PintuDb } from '@client/db/db';
import { getDeviceId } from '@client/db/device';
import { apiRequest } from '@client/sync/api';
import { AUTH_KEY, type SignedIn } from '@client/sync/auth';
import { HttpError, NetworkError } from '@client/sync/transport';
import type { EnrollRequest, EnrollResponse, User } from '@shared/auth/api';
import { formatCode, type EnrollFields, type FormErrors } from './enroll-form';
import { makePinSecrets } from './pin';
import { AT_REST_KEY, openRecords } from '@client/db/at-rest-key';
import { ATTEMPTS_KEY } from './unlock';

type Api = <T>(path: string, options: { method: 'POST'; body: unknown; anonymous: true }) => Promise<T>;

/** A refusal to show on the form: which field, and why, in Indonesian. */
export class EnrollError extends Error {
  override name = 'EnrollError';
  constructor(readonly errors: FormErrors) {
    super(Object.values(errors).join(' '));
  }
}

/**
 * Turns an invitation code into a signed-in phone:
 *   1. derive the PIN verifier first (WebCrypto; half a second on a slow phone), so nothing
 *      slow stands between the server's answer and saving it;
 *   2. ask the server, with this phone's device id, for a device token;
 *   3. save the token, the user and the verifier in one write, and forget old wrong PINs;
 *   4. make the phone's data key, wrapped by the PIN's key, and open the records with it.
 * Any refusal is an `EnrollError` with a message for the field it concerns.
 */
export async function enroll(
  fields: EnrollFields,
  db: PintuDb = appDb,
  api: Api = apiRequest,
  now: () => number = Date.now,
): Promise<User> {
  const { verifier: pin, wrapKey } = await makePinSecrets(fields.pin);
  const deviceId = await getDeviceId(db);
  const body: EnrollRequest = {
    code: formatCode(fields.code),
    name: fields.name,
    phone: fields.phone,
    deviceId,
  };
  let answer: EnrollResponse;
  try {
    answer = await api<EnrollResponse>('/api/auth/enroll', {
      method: 'POST',
      body,
      anonymous: true,
    });
  } catch (error) {
    throw new EnrollError(enrollErrors(error));
  }
  const auth: SignedIn = {
    status: 'active',
    token: answer.token,
    deviceId,
    user: answer.user,
    pin,
    enrolledAt: now(),
  };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: AUTH_KEY, value: auth });
    await db.meta.delete(ATTEMPTS_KEY);
    // A new PIN, a new data key (an earlier sign-in's went with its sign-out).
    await db.meta.delete(AT_REST_KEY);
  });
  await openRecords(db, wrapKey);
  return answer.user;
}

/** What the volunteer reads when enrollment fails. */
export function enrollErrors(error: unknown): FormErrors {
  if (error instanceof NetworkError) {
    return { _: 'Perlu sinyal untuk mendaftar pertama kali. Cari sinyal lalu coba lagi.' };
  }
  if (error instanceof HttpError) {
    if (error.code === 'invalid-code') {
      return { code: 'Kode undangan salah, sudah dipakai, atau sudah kedaluwarsa.' };
    }
    if (error.code === 'too-many-attempts' || error.status === 429) {
      return { _: `Terlalu banyak percobaan. Coba lagi ${waitText(error.retryAfterSeconds)}.` };
    }
    if (error.status >= 500) return { _: 'Server sedang bermasalah. Coba lagi sebentar lagi.' };
    return { _: error.message };
  }
  return { _: error instanceof Error ? error.message : 'Pendaftaran gagal.' };
}

function waitText(seconds: number | undefined): string {
  if (!seconds) return 'nanti';
  if (seconds < 60) return `dalam ${Math.ceil(seconds)} detik`;
  return `dalam ${Math.ceil(seconds / 60)} menit`;
}
