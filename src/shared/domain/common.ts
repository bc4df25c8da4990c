import { z } from 'zod';
import { addDays, isValidIsoDate, toIsoDate } from '../dates';
import { UUID_PATTERN } from '../ids';
import { isKelurahanCode, MAX_RT, MAX_RW } from '../wilayah/wilayah';

/** Pieces shared by the entity schemas. Messages are Indonesian: forms show them as they are. */

export const idSchema = z.string().regex(UUID_PATTERN, { error: 'ID tidak valid.' });

export const areaShape = {
  kelurahanCode: z
    .string({ error: 'Kelurahan wajib dipilih.' })
    .refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' }),
  rw: z
    .number({ error: 'RW wajib diisi.' })
    .int({ error: 'RW harus bilangan bulat.' })
    .min(1, { error: 'RW paling kecil 1.' })
    .max(MAX_RW, { error: `RW paling besar ${MAX_RW}.` }),
  rt: z
    .number({ error: 'RT wajib diisi.' })
    .int({ error: 'RT harus bilangan bulat.' })
    .min(1, { error: 'RT paling kecil 1.' })
    .max(MAX_RT, { error: `RT paling besar ${MAX_RT}.` }),
};

export const gpsSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** Radius of the 68% confidence circle, in metres, as the Geolocation API reports it. */
  accuracy: z.number().min(0).max(100_000),
});
export type GpsPoint = z.infer<typeof gpsSchema>;

/** A calendar date that is valid and not later than tomorrow (devices and server differ in zone). */
export function pastDateSchema(label: string) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .refine(isValidIsoDate, { error: `${label} tidak valid.` })
    .refine((d) => d <= addDays(toIsoDate(new Date()), 1), {
      error: `${label} tidak boleh di masa depan.`,
    });
}

export function dateSchema(label: string) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .refine(isValidIsoDate, { error: `${label} tidak valid.` });
}

export function text(label: string, max: number) {
  return z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .max(max, { error: `${label} paling panjang ${max} karakter.` });
}

/** Text that must be there: empty (or only spaces) says "wajib diisi", too short says so. */
export function requiredText(label: string, min: number, max: number) {
  return text(label, max).min(min, {
    error: (issue) =>
      min <= 1 || issue.input === ''
        ? `${label} wajib diisi.`
        : `${label} paling sedikit ${min} karakter.`,
  });
}
