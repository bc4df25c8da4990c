import { describe, expect, it } from 'vitest';
import { describeNik } from '@client/features/residents/data/nik-info';

const TODAY = '2021-09-01';
const none = { ktpElsewhere: false };

describe('describeNik (live NIK feedback)', () => {
  it('counts digits while typing, then explains an impossible NIK', () => {
    expect(describeNik('', none, TODAY)).toEqual({ state: 'empty' });
    expect(describeNik('3275 0152', none, TODAY)).toEqual({ state: 'typing', digits: 8 });
    expect(describeNik('3275013102850002', none, TODAY)).toEqual({
      state: 'invalid',
      message: 'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak mungkin.',
    });
    expect(describeNik('32750152038500021', none, TODAY)).toMatchObject({
      state: 'invalid',
      message: 'NIK harus 16 angka.',
    });
  });

  it('reads the birth date and sex (day + 40 for women) and flags what disagrees', () => {
    expect(describeNik('3275015203850002', none, TODAY)).toEqual({
      state: 'valid',
      birthDate: '1985-03-12',
      sex: 'P',
      warnings: [],
    });
    const checked = describeNik(
      '3275015203850002',
      { birthDate: '1985-03-13', sex: 'L', ktpElsewhere: false },
      TODAY,
    );
    expect(checked.state === 'valid' && checked.warnings).toHaveLength(2);
    const elsewhere = describeNik('3171011203850002', none, TODAY);
    expect(elsewhere.state === 'valid' && elsewhere.warnings[0]).toMatch(
      /bukan terbitan Kota Bekasi/,
    );
  });
});
