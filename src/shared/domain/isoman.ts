import { z } from 'zod';
import { areaShape, dateSchema, idSchema, pastDateSchema } from './common';
import { ISOMAN_OUTCOMES } from './isoman-status';

export {
  defaultIsomanEnd,
  isIsomanActive,
  ISOMAN_OUTCOME_LABELS,
  ISOMAN_OUTCOMES,
  type IsomanOutcome,
} from './isoman-status';

/** One episode of self-isolation (isoman) of a resident. Open until an outcome is recorded. */
export const isomanSchema = z
  .object({
    residentId: idSchema,
    householdId: idSchema,
    ...areaShape,
    startDate: pastDateSchema('Tanggal mulai isoman'),
    expectedEndDate: dateSchema('Perkiraan selesai'),
    outcome: z.enum(ISOMAN_OUTCOMES).nullish(),
    outcomeDate: pastDateSchema('Tanggal hasil').nullish(),
  })
  .refine((r) => r.expectedEndDate >= r.startDate, {
    error: 'Perkiraan selesai tidak boleh sebelum tanggal mulai.',
    path: ['expectedEndDate'],
  })
  .refine((r) => !r.outcomeDate || r.outcomeDate >= r.startDate, {
    error: 'Tanggal hasil tidak boleh sebelum tanggal mulai.',
    path: ['outcomeDate'],
  });

export type IsomanFields = z.infer<typeof isomanSchema>;
