import type { IsoDate } from '@shared/dates';
import { birthDateFromNik, checkNikAgainst, NIK_ERROR_MESSAGES, parseNik } from '@shared/domain/nik';
import type { Sex } from '@shared/domain/resident-fields';

export type NikInfo =
  | { state: 'empty' }
  | { state: 'typing'; digits: number }
  | { state: 'invalid'; message: string }
  | { state: 'valid'; birthDate: IsoDate; sex: Sex; warnings: string[] };

/**
 * What the NIK typed so far says, live: how many digits are left, why it cannot be a NIK,
 * or the birth date and sex it encodes plus the mismatches worth a second look (never an
 * error: the KTP in hand is the truth).
 */
export function describeNik(
  input: string,
  entered: { birthDate?: IsoDate | undefined; sex?: Sex | undefined; ktpElsewhere: boolean },
  today: IsoDate,
): NikInfo {
  const nik = input.replace(/\s/g, '');
  if (nik === '') return { state: 'empty' };
  if (/^\d{1,15}$/.test(nik)) return { state: 'typing', digits: nik.length };
  const parsed = parseNik(nik);
  if (!parsed.ok) return { state: 'invalid', message: NIK_ERROR_MESSAGES[parsed.error] };
  return {
    state: 'valid',
    birthDate: birthDateFromNik(parsed.value, today),
    sex: parsed.value.sex,
    warnings: checkNikAgainst(parsed.value, entered).map((c) => c.message),
  };
}
