import { describe, expect, it } from 'vitest';
import { checkAreaInput, parseRts } from '@client/features/volunteers/data/area-form';
import { keepingOfflineCopy, readOfflineCopy } from '@client/features/volunteers/data/offline-copy';
import type { UserArea } from '@shared/auth/roles';
import { vi } from 'vitest';
import { memoryStorage } from '../auth/helpers';

const KEL = '32.75.01.1001';
const lurah: UserArea = { kelurahanCode: KEL, rw: null, rts: [] };

describe('invitation and change-area form', () => {
  it('reads RT lists the way people type them', () => {
    expect(parseRts('2, 1 2;5')).toEqual([1, 2, 5]);
    expect(parseRts('1, x')).toBeNull();
    expect(parseRts('0')).toBeNull();
  });

  it("builds the area each role needs, inside the lurah's kelurahan", () => {
    expect(checkAreaInput('relawan', { kelurahanCode: KEL, rw: '3', rts: '2, 1' }, lurah)).toEqual({
      ok: true,
      area: { kelurahanCode: KEL, rw: 3, rts: [1, 2] },
    });
    expect(checkAreaInput('ketua-rw', { kelurahanCode: KEL, rw: '3', rts: '9' }, lurah)).toEqual({
      ok: true,
      area: { kelurahanCode: KEL, rw: 3, rts: [] },
    });
    expect(
      checkAreaInput('staf-kelurahan', { kelurahanCode: KEL, rw: '', rts: '' }, lurah),
    ).toEqual({
      ok: true,
      area: { kelurahanCode: KEL, rw: null, rts: [] },
    });
  });

  it('refuses a missing RW or RT, and an area outside the manager’s', () => {
    expect(checkAreaInput('relawan', { kelurahanCode: KEL, rw: '', rts: '' }, lurah)).toEqual({
      ok: false,
      errors: {
        rw: 'Nomor RW antara 1 dan 99.',
        rts: 'Tulis satu atau beberapa nomor RT, contoh: 1, 2.',
      },
    });
    expect(
      checkAreaInput('relawan', { kelurahanCode: '32.75.01.1002', rw: '3', rts: '1' }, lurah),
    ).toEqual({ ok: false, errors: { kelurahanCode: 'Wilayah ini di luar wilayah Anda.' } });
  });
});

describe('offline copy of server lists', () => {
  it('keeps the last answer with its time, for viewing without signal', async () => {
    vi.stubGlobal('localStorage', memoryStorage());
    const key = ['volunteers', 'users'];
    expect(readOfflineCopy(key)).toBeUndefined();
    await keepingOfflineCopy(key, async () => [{ name: 'Siti' }])();
    const copy = readOfflineCopy<{ name: string }[]>(key);
    expect(copy?.data).toEqual([{ name: 'Siti' }]);
    expect(copy!.at).toBeGreaterThan(Date.now() - 5_000);
    await expect(
      keepingOfflineCopy(key, async () => {
        throw new Error('offline');
      })(),
    ).rejects.toThrow('offline');
    expect(readOfflineCopy(key)?.data).toEqual([{ name: 'Siti' }]);
    vi.unstubAllGlobals();
  });
});
