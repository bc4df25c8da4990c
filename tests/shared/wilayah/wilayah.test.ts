import { describe, expect, it } from 'vitest';
import {
  areaLabel,
  findKelurahan,
  findKelurahanByName,
  formatRwRt,
  isKelurahanCode,
  KECAMATAN,
  KELURAHAN,
  KOTA,
} from '@shared/wilayah/wilayah';

describe('wilayah of Kota Bekasi', () => {
  it('has 12 kecamatan and 56 kelurahan with Kemendagri codes', () => {
    expect(KOTA).toEqual({ code: '32.75', name: 'Kota Bekasi' });
    expect(KECAMATAN).toHaveLength(12);
    expect(KELURAHAN).toHaveLength(56);
    expect(new Set(KELURAHAN.map((k) => k.code)).size).toBe(56);
    for (const kec of KECAMATAN) {
      expect(kec.code).toMatch(/^32\.75\.\d{2}$/);
      for (const kel of kec.kelurahan) {
        expect(kel.code).toMatch(/^32\.75\.\d{2}\.1\d{3}$/);
        expect(kel.code.startsWith(`${kec.code}.`)).toBe(true);
        expect(kel.kecamatanCode).toBe(kec.code);
        expect(kel.kecamatanName).toBe(kec.name);
      }
    }
  });

  it('shows names the way people write them, and keeps the official spelling', () => {
    const bekasiJaya = findKelurahan('32.75.01.1001')!;
    expect(bekasiJaya).toMatchObject({
      officialName: 'Bekasijaya',
      name: 'Bekasi Jaya',
      kecamatanName: 'Bekasi Timur',
    });
    expect(findKelurahan('32.75.04.1005')!.name).toBe('Kayuringin Jaya');
    expect(findKelurahan('32.75.06.1004')!.name).toBe('Kali Baru');
    expect(KECAMATAN.find((k) => k.code === '32.75.06')!.name).toBe('Medan Satria');
    expect(KECAMATAN.find((k) => k.code === '32.75.06')!.officialName).toBe('Medansatria');
    // Names Kemendagri already writes spaced stay as they are.
    expect(findKelurahan('32.75.03.1004')!.name).toBe('Teluk Pucung');
  });

  it('finds a kelurahan by either spelling, ignoring case and spaces', () => {
    expect(findKelurahanByName('Bekasi Jaya')?.code).toBe('32.75.01.1001');
    expect(findKelurahanByName('bekasijaya')?.code).toBe('32.75.01.1001');
    expect(findKelurahanByName('JATI KRAMAT')?.code).toBe('32.75.09.1003');
    expect(findKelurahanByName('Menteng')).toBeUndefined();
  });

  it('knows which codes are kelurahan of Kota Bekasi', () => {
    expect(isKelurahanCode('32.75.07.1008')).toBe(true);
    // Codes are not contiguous: Bantargebang has 1003, 1004, 1007 and 1008 only.
    expect(isKelurahanCode('32.75.07.1005')).toBe(false);
    expect(isKelurahanCode('32.75.01')).toBe(false);
    expect(isKelurahanCode('32.16.01.1001')).toBe(false);
  });

  it('writes RW and RT with three digits', () => {
    expect(formatRwRt(3)).toBe('003');
    expect(formatRwRt(12)).toBe('012');
    expect(areaLabel({ kelurahanCode: '32.75.01.1001', rw: 3, rt: 5 })).toBe(
      'RT 005 / RW 003, Bekasi Jaya',
    );
  });
});
