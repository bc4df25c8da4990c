import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PintuDb } from '@client/db/db';
import { getDeviceId } from '@client/db/device';
import { enroll, EnrollError } from '@client/features/auth/data/enroll';
import {
  checkEnrollForm,
  formatCode,
  normalizeCode,
  normalizePhone,
} from '@client/features/auth/data/enroll-form';
import { checkPin } from '@client/features/auth/data/pin';
import { readAuth, type SignedIn } from '@client/sync/auth';
import { HttpError, NetworkError } from '@client/sync/transport';
import type { EnrollRequest } from '@shared/auth/api';
import { uuidv7 } from '@shared/ids';
import { user } from './helpers';

let db: PintuDb;
beforeEach(() => {
  db = new PintuDb(`enroll-${uuidv7()}`);
});
afterEach(async () => {
  await db.delete();
});

const fields = { code: 'ABCDEFGH', name: 'Siti Relawan', phone: '081234567890', pin: '482915' };

describe('enrollment form', () => {
  it('reads codes with or without the dash, in any case', () => {
    expect(normalizeCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(formatCode('abcdefgh')).toBe('ABCD-EFGH');
  });

  it('reads Indonesian mobile numbers in the ways people write them', () => {
    expect(normalizePhone('0812-3456-7890')).toBe('081234567890');
    expect(normalizePhone('+62 812 3456 7890')).toBe('081234567890');
    expect(normalizePhone('62812345678')).toBe('0812345678');
    expect(normalizePhone('021 555 1234')).toBeNull(); // a landline
    expect(normalizePhone('0812')).toBeNull();
  });

  it('explains every problem in Indonesian, beside its field', () => {
    const result = checkEnrollForm({ code: 'ABC', name: ' ', phone: 'x', pin: '4829', pin2: '' });
    expect(result).toEqual({
      ok: false,
      errors: {
        code: 'Kode undangan terdiri dari 8 huruf atau angka, contoh ABCD-EFGH.',
        name: 'Tulis nama lengkap Anda.',
        phone: 'Nomor HP tidak dikenali. Contoh: 0812 3456 7890.',
        pin: 'PIN harus 6 angka.',
      },
    });
    expect(
      checkEnrollForm({
        code: 'abcd-efgh',
        name: 'Siti',
        phone: '0812 3456 7890',
        pin: '482915',
        pin2: '482916',
      }),
    ).toEqual({ ok: false, errors: { pin2: 'PIN kedua tidak sama dengan yang pertama.' } });
  });
});

describe('enroll', () => {
  it('sends the code and this device id, and stores token, user and PIN verifier together', async () => {
    const sent: EnrollRequest[] = [];
    const api = async <T>(path: string, options: { body: unknown }) => {
      expect(path).toBe('/api/auth/enroll');
      sent.push(options.body as EnrollRequest);
      return { token: `${(options.body as EnrollRequest).deviceId}.s3cret`, user: user() } as T;
    };
    const result = await enroll(fields, db, api);
    expect(result.name).toBe('Siti Relawan');

    const deviceId = await getDeviceId(db);
    expect(sent).toEqual([
      { code: 'ABCD-EFGH', name: 'Siti Relawan', phone: '081234567890', deviceId },
    ]);
    const auth = (await readAuth(db)) as SignedIn;
    expect(auth).toMatchObject({
      status: 'active',
      token: `${deviceId}.s3cret`,
      deviceId,
      user: user(),
    });
    expect(await checkPin('482915', auth.pin)).toBe(true);
    expect(JSON.stringify(await db.meta.toArray())).not.toContain('482915');
  });

  it.each([
    [
      new HttpError(400, 'Kode tidak berlaku.', 'invalid-code'),
      { code: 'Kode undangan salah, sudah dipakai, atau sudah kedaluwarsa.' },
    ],
    [
      new HttpError(429, 'Terlalu banyak.', 'too-many-attempts', 300),
      { _: 'Terlalu banyak percobaan. Coba lagi dalam 5 menit.' },
    ],
    [
      new NetworkError('Failed to fetch'),
      { _: 'Perlu sinyal untuk mendaftar pertama kali. Cari sinyal lalu coba lagi.' },
    ],
  ])('refuses with a clear message and stores nothing: %s', async (failure, errors) => {
    const api = async () => {
      throw failure;
    };
    const error = await enroll(fields, db, api).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnrollError);
    expect((error as EnrollError).errors).toEqual(errors);
    expect(await readAuth(db)).toBeNull();
  });
});
