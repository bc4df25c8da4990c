import { z } from 'zod';
import { idSchema, areaShape, pastDateSchema, requiredText, text } from './common';
import { NIK_ERROR_MESSAGES, parseNik } from './nik';
import { RELATIONS, RESIDENCE_STATUSES, SEXES } from './resident-fields';
import { NOT_VACCINATED_REASONS } from './vaccination';

export const nikSchema = z.string().superRefine((value, ctx) => {
  const parsed = parseNik(value);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: NIK_ERROR_MESSAGES[parsed.error] });
});

/** Indonesian mobile numbers: 08…, 628… or +628…, 10 to 15 digits in all. */
export const phoneSchema = z
  .string()
  .regex(/^(\+62|62|0)8[1-9]\d{6,11}$/, { error: 'Nomor HP tidak valid (contoh: 081234567890).' });

/** A resident (warga) of a household. Vaccination doses and isoman episodes are their own records. */
export const residentSchema = z
  .object({
    householdId: idSchema,
    ...areaShape,
    name: requiredText('Nama', 2, 100),
    nik: nikSchema.nullish(),
    birthDate: pastDateSchema('Tanggal lahir')
      .refine((d) => d >= '1900-01-01', { error: 'Tanggal lahir terlalu lampau.' })
      .nullish(),
    /** Age in years when the birth date is not known, as told on `ageAsOf`. */
    ageYears: z
      .number({ error: 'Umur harus angka.' })
      .int({ error: 'Umur harus bilangan bulat.' })
      .min(0, { error: 'Umur tidak boleh negatif.' })
      .max(120, { error: 'Umur paling besar 120 tahun.' })
      .nullish(),
    ageAsOf: pastDateSchema('Tanggal umur dicatat').nullish(),
    sex: z.enum(SEXES, { error: 'Jenis kelamin wajib dipilih.' }),
    relation: z.enum(RELATIONS, { error: 'Hubungan dengan kepala keluarga wajib dipilih.' }),
    /** Lives here, but the KTP was issued elsewhere. */
    ktpElsewhere: z.boolean(),
    phone: phoneSchema.nullish(),
    notVaccinatedReason: z.enum(NOT_VACCINATED_REASONS).nullish(),
    notVaccinatedNote: text('Keterangan', 200).nullish(),
    residenceStatus: z.enum(RESIDENCE_STATUSES),
  })
  .refine((r) => r.birthDate != null || r.ageYears != null, {
    error: 'Isi tanggal lahir atau umur.',
    path: ['birthDate'],
  });

export type ResidentFields = z.infer<typeof residentSchema>;
