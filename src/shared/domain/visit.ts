import { z } from 'zod';
import { areaShape, dateSchema, gpsSchema, idSchema, text } from './common';
import { VISIT_OUTCOMES } from './visit-outcome';

export {
  defaultRevisitDate,
  isFinishedVisit,
  VISIT_OUTCOME_LABELS,
  VISIT_OUTCOMES,
  type VisitOutcome,
} from './visit-outcome';

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
  })
  // Against the day of the visit, not the server's today: a phone may push days later. `at`
  // carries the phone's offset (UTC from the app), so its date is at most a day early.
  .refine((v) => !v.revisitDate || v.revisitDate >= v.at.slice(0, 10), {
    error: 'Tanggal kunjungan ulang tidak boleh sebelum hari kunjungan.',
    path: ['revisitDate'],
  });

export type VisitFields = z.infer<typeof visitSchema>;
