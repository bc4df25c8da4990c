import { isValidDate, type IsoDate } from '../dates';
import type { Sex } from './resident-fields';

/**
 * NIK (Nomor Induk Kependudukan), 16 digits:
 *   1–2 province, 3–4 kabupaten/kota, 5–6 kecamatan (where it was issued),
 *   7–8 day of birth (+40 for women), 9–10 month, 11–12 year (two digits),
 *   13–16 serial number (0001 and up).
 */
export type ParsedNik = {
  nik: string;
  regionCode: string; // 6 digits, e.g. 327501
  provinceCode: string;
  kabKotaCode: string; // 4 digits, e.g. 3275 for Kota Bekasi
  sex: Sex;
  birthDay: number;
  birthMonth: number;
  /** Two-digit year; the century is a guess made by `birthDateFromNik`. */
  birthYear2: number;
  serial: string;
};

export type NikError = 'format' | 'province' | 'date' | 'serial';

export type NikParseResult = { ok: true; value: ParsedNik } | { ok: false; error: NikError };

/** Province codes in use by Dukcapil (38 provinces, including the Papua split of 2022). */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21',
  '31', '32', '33', '34', '35', '36', '51', '52', '53',
  '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76',
  '81', '82', '91', '92', '93', '94', '95', '96', '97',
]); // prettier-ignore

export const NIK_ERROR_MESSAGES: Record<NikError, string> = {
  format: 'NIK harus 16 angka.',
  province: 'Kode provinsi pada NIK (2 angka pertama) tidak dikenal.',
  date: 'Tanggal lahir pada NIK (angka ke-7 sampai ke-12) tidak mungkin.',
  serial: 'Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.',
};

export function parseNik(input: string): NikParseResult {
  const nik = input.replace(/\s/g, '');
  if (!/^\d{16}$/.test(nik)) return { ok: false, error: 'format' };
  const provinceCode = nik.slice(0, 2);
  if (!PROVINCE_CODES.has(provinceCode)) return { ok: false, error: 'province' };
  const rawDay = Number(nik.slice(6, 8));
  const birthMonth = Number(nik.slice(8, 10));
  const birthYear2 = Number(nik.slice(10, 12));
  const sex: Sex = rawDay > 40 ? 'P' : 'L';
  const birthDay = rawDay > 40 ? rawDay - 40 : rawDay;
  // Any year works for the check except 29 February, which needs a leap year: 00 may be 2000.
  const checkYear = birthYear2 % 4 === 0 ? 2000 + birthYear2 : 2001;
  if (!isValidDate(checkYear, birthMonth, birthDay)) return { ok: false, error: 'date' };
  const serial = nik.slice(12);
  if (serial === '0000') return { ok: false, error: 'serial' };
  return {
    ok: true,
    value: {
      nik,
      regionCode: nik.slice(0, 6),
      provinceCode,
      kabKotaCode: nik.slice(0, 4),
      sex,
      birthDay,
      birthMonth,
      birthYear2,
      serial,
    },
  };
}

/** The birth date in a NIK, choosing the century so that the date is not after `today`. */
export function birthDateFromNik(parsed: ParsedNik, today: IsoDate): IsoDate {
  const currentYear = Number(today.slice(0, 4));
  let year = 2000 + parsed.birthYear2;
  const candidate = `${year}-${pad(parsed.birthMonth)}-${pad(parsed.birthDay)}`;
  if (year > currentYear || candidate > today) year -= 100;
  return `${year}-${pad(parsed.birthMonth)}-${pad(parsed.birthDay)}`;
}

export type NikWarning = 'birth-date-mismatch' | 'sex-mismatch' | 'not-kota-bekasi';

export type NikCheck = { code: NikWarning; message: string };

export const KOTA_BEKASI_NIK_PREFIX = '3275';

/**
 * Compares a valid NIK with what the volunteer entered. Disagreements are flagged for a
 * second look, never refused: the KTP in hand is the truth, and typing errors happen both ways.
 */
export function checkNikAgainst(
  parsed: ParsedNik,
  entered: { birthDate?: IsoDate | undefined; sex?: Sex | undefined; ktpElsewhere?: boolean },
): NikCheck[] {
  const checks: NikCheck[] = [];
  if (entered.birthDate) {
    const [, m, d] = entered.birthDate.split('-').map(Number);
    const y2 = Number(entered.birthDate.slice(2, 4));
    if (d !== parsed.birthDay || m !== parsed.birthMonth || y2 !== parsed.birthYear2) {
      checks.push({
        code: 'birth-date-mismatch',
        message: `Tanggal lahir pada NIK (${pad(parsed.birthDay)}-${pad(parsed.birthMonth)}-..${pad(parsed.birthYear2)}) tidak sama dengan tanggal lahir yang diisi.`,
      });
    }
  }
  if (entered.sex && entered.sex !== parsed.sex) {
    checks.push({
      code: 'sex-mismatch',
      message:
        parsed.sex === 'P'
          ? 'NIK menunjukkan perempuan (tanggal lahir ditambah 40), tetapi jenis kelamin diisi laki-laki.'
          : 'NIK menunjukkan laki-laki, tetapi jenis kelamin diisi perempuan.',
    });
  }
  if (entered.ktpElsewhere === false && parsed.kabKotaCode !== KOTA_BEKASI_NIK_PREFIX) {
    checks.push({
      code: 'not-kota-bekasi',
      message:
        'NIK bukan terbitan Kota Bekasi; centang "KTP luar Kota Bekasi" bila warga ber-KTP daerah lain.',
    });
  }
  return checks;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The dot that stands for a hidden digit in a masked NIK. */
const HIDDEN = '•';

/**
 * A NIK as lists and search results show it: the first 4 digits (province and city, which
 * the whole RT shares) and the last 4, the 8 between hidden (`3275••••••••1234`). Only the
 * resident's own page shows it whole. Anything that is not 16 digits is hidden entirely but
 * for its length, so a typo'd NIK does not leak either.
 */
export function maskNik(nik: string): string {
  const digits = nik.replace(/\s/g, '');
  if (!/^\d{16}$/.test(digits)) return HIDDEN.repeat(digits.length);
  return `${digits.slice(0, 4)}${HIDDEN.repeat(8)}${digits.slice(12)}`;
}
