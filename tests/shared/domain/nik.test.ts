import { describe, expect, it } from 'vitest';
import {
  birthDateFromNik,
  checkNikAgainst,
  maskNik,
  parseNik,
  type ParsedNik,
} from '@shared/domain/nik';
import { residentSchema } from '@shared/domain/resident';

/** A NIK from its parts: region, day (already +40 for women), month, two-digit year, serial. */
const nik = (region: string, day: string, month: string, year: string, serial = '0001') =>
  `${region}${day}${month}${year}${serial}`;

function parsed(value: string): ParsedNik {
  const result = parseNik(value);
  if (!result.ok) throw new Error(`expected ${value} to parse, got ${result.error}`);
  return result.value;
}

describe('parseNik', () => {
  it('reads region, birth date and serial of a man', () => {
    expect(parsed(nik('327501', '10', '03', '85', '0042'))).toEqual({
      nik: '3275011003850042',
      regionCode: '327501',
      provinceCode: '32',
      kabKotaCode: '3275',
      sex: 'L',
      birthDay: 10,
      birthMonth: 3,
      birthYear2: 85,
      serial: '0042',
    });
  });

  it('reads a woman from the day plus 40', () => {
    const p = parsed(nik('327501', '50', '03', '85'));
    expect([p.sex, p.birthDay]).toEqual(['P', 10]);
    expect(parsed(nik('327501', '41', '01', '99')).birthDay).toBe(1);
    expect(parsed(nik('327501', '71', '12', '99')).birthDay).toBe(31);
  });

  it('accepts spaces as people copy them from a KTP', () => {
    expect(parsed('3275 0110 0385 0001').nik).toBe('3275011003850001');
  });

  it.each([
    ['15 digits', '327501100385001'],
    ['17 digits', '32750110038500011'],
    ['letters', '32750110038500O1'],
    ['empty', ''],
  ])('refuses a NIK that is not 16 digits (%s)', (_, value) => {
    expect(parseNik(value)).toEqual({ ok: false, error: 'format' });
  });

  it.each(['00', '10', '20', '37', '99'])('refuses the unknown province %s', (province) => {
    expect(parseNik(nik(`${province}7501`, '10', '03', '85'))).toEqual({
      ok: false,
      error: 'province',
    });
  });

  it.each([
    ['31 April', '31', '04', '85'],
    ['31 April, a woman', '71', '04', '85'],
    ['30 February', '30', '02', '84'],
    ['29 February of a year that is never leap (85)', '29', '02', '85'],
    ['29 February of a woman, non-leap year', '69', '02', '01'],
    ['month 13', '10', '13', '85'],
    ['month 00', '10', '00', '85'],
    ['day 00', '00', '03', '85'],
    ['day 32', '32', '01', '85'],
    ['day 40 (neither a man nor a woman)', '40', '01', '85'],
    ['day 72 (a woman born on the 32nd)', '72', '01', '85'],
  ])('refuses an impossible birth date: %s', (_, day, month, year) => {
    expect(parseNik(nik('327501', day, month, year))).toEqual({ ok: false, error: 'date' });
  });

  it.each([
    ['84 (1984)', '29', '84'],
    ['00 (2000)', '29', '00'],
    ['a woman, 96', '69', '96'],
  ])('accepts 29 February of a year that may be leap: %s', (_, day, year) => {
    expect(parseNik(nik('327501', day, '02', year)).ok).toBe(true);
  });

  it('refuses serial 0000 and accepts 0001 and 9999', () => {
    expect(parseNik(nik('327501', '10', '03', '85', '0000'))).toEqual({
      ok: false,
      error: 'serial',
    });
    expect(parseNik(nik('327501', '10', '03', '85', '0001')).ok).toBe(true);
    expect(parseNik(nik('327501', '10', '03', '85', '9999')).ok).toBe(true);
  });
});

describe('birthDateFromNik', () => {
  const today = '2026-11-23';
  it.each([
    ['05', '10', '03', '2005-03-10'],
    ['85', '10', '03', '1985-03-10'],
    ['26', '10', '01', '2026-01-10'],
    ['26', '23', '11', '2026-11-23'],
    ['26', '24', '11', '1926-11-24'],
    ['26', '01', '12', '1926-12-01'],
    ['30', '10', '03', '1930-03-10'],
    ['00', '29', '02', '2000-02-29'],
  ])('year %s, day %s, month %s → %s (never after today)', (year, day, month, expected) => {
    expect(birthDateFromNik(parsed(nik('327501', day, month, year)), today)).toBe(expected);
  });

  it('takes the day without the +40 for women', () => {
    expect(birthDateFromNik(parsed(nik('327501', '50', '03', '85')), today)).toBe('1985-03-10');
  });
});

describe('checkNikAgainst', () => {
  const man = parsed(nik('327501', '10', '03', '85'));
  const woman = parsed(nik('327501', '50', '03', '85'));
  const jakarta = parsed(nik('317201', '10', '03', '85'));

  it('flags nothing when the NIK agrees with what was entered', () => {
    expect(
      checkNikAgainst(man, { birthDate: '1985-03-10', sex: 'L', ktpElsewhere: false }),
    ).toEqual([]);
    expect(checkNikAgainst(woman, { birthDate: '1985-03-10', sex: 'P' })).toEqual([]);
    expect(checkNikAgainst(man, {})).toEqual([]);
  });

  it.each([
    ['another day', '1985-03-11'],
    ['another month', '1985-04-10'],
    ['another year', '1986-03-10'],
  ])('flags a birth date in %s', (_, birthDate) => {
    const checks = checkNikAgainst(man, { birthDate });
    expect(checks.map((c) => c.code)).toEqual(['birth-date-mismatch']);
    expect(checks[0]!.message).toContain('10-03-..85');
  });

  it('does not flag a birth date a century apart: the NIK holds two digits of the year', () => {
    expect(checkNikAgainst(man, { birthDate: '1885-03-10' })).toEqual([]);
  });

  it('flags a sex that disagrees with the +40 rule, both ways', () => {
    const asMan = checkNikAgainst(woman, { sex: 'L' });
    expect(asMan.map((c) => c.code)).toEqual(['sex-mismatch']);
    expect(asMan[0]!.message).toContain('perempuan');
    expect(checkNikAgainst(man, { sex: 'P' }).map((c) => c.code)).toEqual(['sex-mismatch']);
  });

  it('flags a KTP from outside Kota Bekasi only when "KTP luar" is not ticked', () => {
    expect(checkNikAgainst(jakarta, { ktpElsewhere: false }).map((c) => c.code)).toEqual([
      'not-kota-bekasi',
    ]);
    expect(checkNikAgainst(jakarta, { ktpElsewhere: true })).toEqual([]);
    expect(checkNikAgainst(jakarta, {})).toEqual([]);
  });

  it('reports every disagreement at once', () => {
    const checks = checkNikAgainst(jakarta, {
      birthDate: '1990-01-01',
      sex: 'P',
      ktpElsewhere: false,
    });
    expect(checks.map((c) => c.code)).toEqual([
      'birth-date-mismatch',
      'sex-mismatch',
      'not-kota-bekasi',
    ]);
  });
});

describe('NIK in the resident form', () => {
  const resident = {
    householdId: '01935f7e-1c2a-7b3d-8e4f-5a6b7c8d9e0f',
    kelurahanCode: '32.75.01.1001',
    rw: 1,
    rt: 1,
    name: 'Siti Aminah',
    birthDate: '1985-03-10',
    sex: 'P',
    relation: 'istri',
    ktpElsewhere: false,
    residenceStatus: 'aktif',
  };

  it('accepts a valid NIK, and none at all', () => {
    expect(residentSchema.safeParse({ ...resident, nik: '3275015003850001' }).success).toBe(true);
    expect(residentSchema.safeParse({ ...resident, nik: null }).success).toBe(true);
  });

  it('refuses an invalid NIK with an Indonesian message beside the field', () => {
    const result = residentSchema.safeParse({ ...resident, nik: '3275017104850001' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nik', 'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak mungkin.'],
    ]);
  });
});

describe('maskNik', () => {
  it('keeps the first and last 4 digits and hides the 8 between', () => {
    expect(maskNik('3275015003850001')).toBe('3275••••••••0001');
    expect(maskNik('3275 0150 0385 1234')).toBe('3275••••••••1234');
  });

  it('hides every digit of something that is not a 16-digit NIK', () => {
    expect(maskNik('327501500385')).toBe('••••••••••••');
    expect(maskNik('32750150038500012')).toBe('•'.repeat(17));
    expect(maskNik('')).toBe('');
  });

  it('never shows digits 5 to 12 (birth date and region)', () => {
    const masked = maskNik('3275015003850001');
    expect(masked).not.toContain('015003');
    expect(masked).toHaveLength(16);
  });
});
