import { z } from 'zod';
import { areaShape, dateSchema, gpsSchema, idSchema, text } from './common';

export const VISIT_OUTCOMES = ['ditemui', 'tidak-ada-orang', 'menolak-didata', 'pindah'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];
export const VISIT_OUTCOME_LABELS: Record<VisitOutcome, string> = {
  ditemui: 'Ditemui',
  'tidak-ada-orang': 'Tidak ada orang',
  'menolak-didata': 'Menolak didata',
  pindah: 'Pindah / tidak ditemukan',
};

/** A visit (kunjungan) to a household: an event, appended and never changed. */
export const visitSchema = z
  .object({
    householdId: idSchema,
    ...areaShape,
    /** When the visit happened, ISO 8601 with time zone. */
    at: z.iso.datetime({ offset: true, error: 'Waktu kunjungan tidak valid.' }),
    outcome: z.enum(VISIT_OUTCOMES, { error: 'Hasil kunjungan wajib dipilih.' }),
    note: text('Catatan', 500).nullish(),
    location: gpsSchema.nullish(),
    revisitNeeded: z.boolean(),
    revisitDate: dateSchema('Tanggal kunjungan ulang').nullish(),
  })
  .refine((v) => v.revisitNeeded || !v.revisitDate, {
    error: 'Tanggal kunjungan ulang hanya diisi bila perlu kunjungan ulang.',
    path: ['revisitDate'],
  });

export type VisitFields = z.infer<typeof visitSchema>;
